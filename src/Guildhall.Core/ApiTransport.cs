using System.Globalization;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Errors;
using Guildhall.Core.Http;
using Guildhall.Core.Json;
using Guildhall.Core.Pipeline;
using Guildhall.Core.RateLimiting;
using Guildhall.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.Core;

/// <summary>
/// The pipeline every Guildhall client sends its calls through, outermost first: telemetry (one activity per call),
/// the call's total timeout, retries, the client-side rate limiter, credentials, and error mapping to the
/// <see cref="GuildhallApiException"/> hierarchy. Thread-safe; one per client.
/// </summary>
/// <remarks>
/// Each concern is a part of its own, as Polly's strategies are: <c>CallTelemetry</c> (activity and metrics),
/// <c>RetryStrategy</c> (which failures are repeated and after how long, with <see cref="RetryOptions.Jitter"/>),
/// <c>RateLimitGate</c> (slots, their completion and blocks after a 429). This class only runs the attempts in order.
/// </remarks>
public class ApiTransport : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _disposeHttpClient;
    private readonly Uri _baseAddress;
    private readonly ILogger _logger;
    private readonly CallTelemetry _telemetry;
    private readonly RetryStrategy _retry;
    private readonly RateLimitGate _gate;

    /// <summary>Creates a transport.</summary>
    /// <param name="httpClient">The client to send with. Its own <see cref="HttpClient.Timeout"/> should stay infinite: the transport enforces <see cref="ApiTransportOptions.Timeout"/>.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <param name="disposeHttpClient">Whether disposing the transport disposes <paramref name="httpClient"/>.</param>
    public ApiTransport(HttpClient httpClient, ApiTransportOptions options, bool disposeHttpClient = false)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _httpClient = httpClient;
        _disposeHttpClient = disposeHttpClient;
        Options = options;
        var root = options.BaseAddress.AbsoluteUri;
        _baseAddress = new Uri(root.EndsWith('/') ? root : root + "/");
        RateLimitStore = options.RateLimitStore ?? InMemoryRateLimitStore.For(options.TimeProvider);
        _logger = options.LoggerFactory?.CreateLogger("Guildhall." + options.ApiName) ?? NullLogger.Instance;
        _telemetry = new CallTelemetry(options);
        _retry = new RetryStrategy(options);
        _gate = new RateLimitGate(options, RateLimitStore, _telemetry, _logger);
    }

    /// <summary>The settings.</summary>
    public ApiTransportOptions Options { get; }

    /// <summary>Where the limiter keeps its buckets.</summary>
    public IRateLimitStore RateLimitStore { get; }

    /// <summary>Sends a request through the pipeline and returns its successful, buffered response.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait.</param>
    /// <exception cref="GuildhallApiException">The API answered with an error, or the limiter refused the call.</exception>
    /// <exception cref="TimeoutException">The call took longer than <see cref="ApiTransportOptions.Timeout"/>.</exception>
    /// <exception cref="HttpRequestException">The network failed and the request could not be repeated (or every repeat failed).</exception>
    public virtual Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken = default) =>
        SendAndReadAsync(request, (object?)null, static (response, _) => response, lendBody: false, cancellationToken);

    /// <summary>Sends a request and deserializes its JSON body.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">The serializer metadata from the package's <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiInvalidResponseException">The body is not the JSON expected.</exception>
    public virtual Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return SendAndReadAsync(request, typeInfo, static (response, info) => response.ReadJson(info), lendBody: true, cancellationToken);
    }

    /// <summary>
    /// Sends a request and reads its JSON body straight into a model that keeps its raw JSON (see
    /// <see cref="ApiResponse.ReadJson{T}(JsonTypeInfo{T}, string, out RawJson)"/>): the body is parsed once, and
    /// <paramref name="keepRaw"/> attaches the body's JSON, built into an element only if it is read.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="request">The request; its <see cref="ApiRequest.OperationName"/> names the call in errors.</param>
    /// <param name="typeInfo">The serializer metadata from the package's <c>JsonSerializerContext</c>.</param>
    /// <param name="keepRaw">Gives the freshly read model its raw JSON and returns the model to hand back.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiInvalidResponseException">The body is not the JSON expected, or does not fit <typeparamref name="T"/>.</exception>
    public virtual Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, Func<T, RawJson, T> keepRaw, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(keepRaw);
        return SendAndReadAsync(
            request,
            (TypeInfo: typeInfo, KeepRaw: keepRaw, Operation: request.DisplayName(Options.ApiName)),
            static (response, state) => state.KeepRaw(response.ReadJson(state.TypeInfo, state.Operation, out var raw), raw),
            lendBody: true,
            cancellationToken);
    }

    /// <summary>
    /// Sends a request and turns its successful response into a result with <paramref name="read"/>, for an answer a
    /// plain deserialization does not fit (a model that keeps its raw JSON, a status without a body). The response's
    /// <see cref="ApiResponse.Body"/> is valid only while <paramref name="read"/> runs (it may be a pooled buffer that is
    /// reused afterwards), so <paramref name="read"/> must copy whatever it keeps; what the JSON serializer reads is copied.
    /// </summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="read">Reads the successful response; an exception it throws is the call's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<T> SendAsync<T>(ApiRequest request, Func<ApiResponse, T> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return SendAndReadAsync(request, read, static (response, reader) => reader(response), lendBody: true, cancellationToken);
    }

    /// <summary>Reads a bucket without taking a slot.</summary>
    /// <param name="rule">The bucket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual ValueTask<RateLimitSnapshot> GetRateLimitAsync(RateLimitRule rule, CancellationToken cancellationToken = default) =>
        RateLimitStore.GetSnapshotAsync(rule, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the HTTP client if the transport owns it.</summary>
    /// <param name="disposing">Whether this is a call to <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _disposeHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <summary>
    /// The call: telemetry, the budget, the attempts, then <paramref name="read"/> on the answer (after the call's activity
    /// ends, as a read by the caller would). With <paramref name="lendBody"/> a successful body is read into a pooled
    /// buffer that goes back to the pool once <paramref name="read"/> returned; a body an exception may hold (any failure)
    /// is never pooled. One generic method for every overload, so a call allocates one state machine here, not two.
    /// </summary>
    private async Task<T> SendAndReadAsync<TState, T>(ApiRequest request, TState state, Func<ApiResponse, TState, T> read, bool lendBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = request.DisplayName(Options.ApiName);
        ApiResponse response;
        using (var call = _telemetry.Start(request, operation))
        {
            var deadline = new CallDeadline(Options.TimeProvider, Options.Timeout);
            using var timeout = deadline.CreateTimeoutSource();
            // The caller's token cancels the timeout's source rather than both feeding a linked one: one source per call
            // instead of two, and no registration at all for a token that cannot be cancelled.
            using var callerCancels = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeout);
            try
            {
                response = await RunAttemptsAsync(request, operation, call, deadline, lendBody, timeout.Token).ConfigureAwait(false);
                call.Succeeded((int)response.StatusCode);
            }
            catch (Exception exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && exception is not GuildhallApiException)
            {
                var timedOut = new TimeoutException($"{operation} did not complete within {Options.Timeout}.", exception);
                call.Failed(timedOut, cancelled: false);
                throw timedOut;
            }
            catch (Exception exception)
            {
                call.Failed(exception, cancelled: exception is OperationCanceledException && cancellationToken.IsCancellationRequested);
                throw;
            }
        }

        // A read that throws leaves the buffer to the garbage collector: its exception may still point at the body.
        var result = read(response, state);
        response.ReturnLentBody();
        return result;
    }

    private async Task<ApiResponse> RunAttemptsAsync(ApiRequest request, string operation, CallTelemetry.Call call, CallDeadline deadline, bool lendBody, CancellationToken cancellationToken)
    {
        var renewedCredentials = false;
        for (var retries = 0; ; retries++)
        {
            call.Retried(retries);
            var slot = await _gate.AcquireAsync(request, operation, deadline, cancellationToken).ConfigureAwait(false);
            ApiResponse response;
            HttpRequestMessage sent;
            try
            {
                (response, sent) = await SendAttemptAsync(request, operation, slot, lendBody, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (RetryStrategy.IsTransient(exception, cancellationToken))
            {
                _telemetry.Attempted(operation, null, exception);
                if (_retry.AfterException(request, exception, retries, deadline) is not { } backoff)
                {
                    LogGivingUp(operation, exception.GetType().Name, retries);
                    throw;
                }

                PipelineLog.RetryingAfterException(_logger, operation, exception.GetType().Name, backoff, retries + 1);
                _telemetry.Retrying("network");
                await Task.Delay(backoff, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            _telemetry.Attempted(operation, (int)response.StatusCode, null);
            PipelineLog.Answered(_logger, operation, (int)response.StatusCode, retries + 1);
            if (response.IsSuccess)
            {
                if (retries > 0)
                {
                    PipelineLog.Recovered(_logger, operation, retries + 1);
                }

                return response;
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized && !renewedCredentials && request.Authenticated && Options.Credentials is { } credentials
                && await credentials.TryRenewAfterUnauthorizedAsync(sent, cancellationToken).ConfigureAwait(false))
            {
                renewedCredentials = true;
                retries--;
                PipelineLog.RenewedCredentials(_logger, operation);
                continue;
            }

            var plan = _retry.AfterResponse(request, operation, response, retries, deadline);
            if (plan.BlockBuckets is { } block)
            {
                await _gate.BlockAsync(request, operation, block, cancellationToken).ConfigureAwait(false);
            }

            if (plan.RetryAfter is not { } delay)
            {
                LogGivingUp(operation, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), retries);
                throw plan.Exception;
            }

            PipelineLog.RetryingAfterStatus(_logger, operation, response.StatusCode, delay, retries + 1);
            _telemetry.Retrying(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));

            // After a 429 the block makes the next acquire wait; waiting here as well would wait twice.
            var gateWaits = plan.BlockBuckets is not null && request.RateLimits.Count > 0;
            if (delay > TimeSpan.Zero && !gateWaits)
            {
                await Task.Delay(delay, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A failure after retries is worth a warning; one that ends the first attempt is the caller's to report.</summary>
    private void LogGivingUp(string operation, string failure, int retries)
    {
        if (retries > 0)
        {
            PipelineLog.GaveUp(_logger, operation, failure, retries + 1);
        }
    }

    /// <summary>
    /// Sends one attempt inside its slot, and gives the slot back the moment the answer (or the failure, or the
    /// cancellation) is in: from then on it counts for one more window. Also returns the (disposed, headers still readable)
    /// message, so a 401 can be matched to the credentials it carried. One method rather than a chain of them: each
    /// async method that waits allocates its own state, and this runs on every attempt.
    /// </summary>
    private async Task<(ApiResponse Response, HttpRequestMessage Sent)> SendAttemptAsync(ApiRequest request, string operation, RateLimitLease? slot, bool lendBody, CancellationToken cancellationToken)
    {
        ApiResponse? answer = null;
        try
        {
            using var message = new HttpRequestMessage(request.Method, new Uri(_baseAddress, request.Path));
            // Raw values: the header is sent as written, without building a parsed value per request.
            message.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            if (request.Headers.Count > 0)
            {
                foreach (var (name, value) in request.Headers)
                {
                    message.Headers.TryAddWithoutValidation(name, value);
                }
            }

            message.Content = request.Content?.Invoke();
            if (request.Authenticated && Options.Credentials is { } credentials)
            {
                await credentials.ApplyAsync(message, cancellationToken).ConfigureAwait(false);
            }

            using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            answer = await ResponseReader.ReadAsync(Options.ApiName, response, Options.MaxResponseBytes, request.ResponseIsSecret, lendBody, cancellationToken).ConfigureAwait(false);
            return (answer, message);
        }
        finally
        {
            if (slot is not null)
            {
                await _gate.CompleteAsync(slot, answer, operation).ConfigureAwait(false);
            }
        }
    }
}
