using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Errors;
using Guildhall.Core.Http;
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
public class ApiTransport : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    /// <summary>The longest a slot is held for a request in flight, whatever the call's budget (an infinite one included).</summary>
    private static readonly TimeSpan LongestSlotHold = TimeSpan.FromMinutes(10);

    /// <summary>The hold asked for when the budget is already spent (the call is about to time out anyway).</summary>
    private static readonly TimeSpan ShortestSlotHold = TimeSpan.FromSeconds(1);

    private readonly HttpClient _httpClient;
    private readonly bool _disposeHttpClient;
    private readonly Uri _baseAddress;
    private readonly ILogger _logger;

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
    public virtual async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = request.DisplayName(Options.ApiName);
        using var activity = GuildhallTelemetry.ActivitySource.StartActivity(operation, ActivityKind.Client);
        activity?.SetTag("guildhall.api", Options.ApiName);
        activity?.SetTag("http.request.method", request.Method.Method);
        var started = Options.TimeProvider.GetTimestamp();
        var deadline = new CallDeadline(Options.TimeProvider, Options.Timeout);
        using var timeout = deadline.CreateTimeoutSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var response = await RunAttemptsAsync(request, operation, deadline, linked.Token).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            return response;
        }
        catch (Exception exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && exception is not GuildhallApiException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            throw new TimeoutException($"{operation} did not complete within {Options.Timeout}.", exception);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            GuildhallTelemetry.CallDuration.Record(
                Options.TimeProvider.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("guildhall.api", Options.ApiName),
                new KeyValuePair<string, object?>("guildhall.operation", operation));
        }
    }

    /// <summary>Sends a request and deserializes its JSON body.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">The serializer metadata from the package's <c>JsonSerializerContext</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiInvalidResponseException">The body is not the JSON expected.</exception>
    public virtual async Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.ReadJson(typeInfo);
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

    private async Task<ApiResponse> RunAttemptsAsync(ApiRequest request, string operation, CallDeadline deadline, CancellationToken cancellationToken)
    {
        var renewedCredentials = false;
        for (var retries = 0; ; retries++)
        {
            var slot = await AcquireSlotAsync(request, operation, deadline, cancellationToken).ConfigureAwait(false);
            ApiResponse response;
            HttpRequestMessage sent;
            try
            {
                (response, sent) = await SendInSlotAsync(request, operation, slot, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsTransientNetworkError(exception, cancellationToken))
            {
                CountRequest(operation, exception.GetType().Name);
                var backoff = Backoff(retries);
                if (!MayRepeat(request, exception) || retries >= Options.Retry.MaxRetries || backoff >= deadline.Remaining)
                {
                    throw;
                }

                PipelineLog.RetryingAfterException(_logger, operation, exception.GetType().Name, backoff, retries + 1);
                GuildhallTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("guildhall.api", Options.ApiName), new KeyValuePair<string, object?>("reason", "network"));
                await Task.Delay(backoff, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            CountRequest(operation, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            PipelineLog.Answered(_logger, operation, (int)response.StatusCode, retries + 1);
            if (response.IsSuccess)
            {
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

            var delay = await PlanRetryAsync(request, operation, response, retries, deadline, cancellationToken).ConfigureAwait(false);
            PipelineLog.RetryingAfterStatus(_logger, operation, response.StatusCode, delay, retries + 1);
            GuildhallTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("guildhall.api", Options.ApiName), new KeyValuePair<string, object?>("reason", (int)response.StatusCode));
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Decides whether a failed response is retried and after how long; throws its exception otherwise.</summary>
    private async Task<TimeSpan> PlanRetryAsync(ApiRequest request, string operation, ApiResponse response, int retries, CallDeadline deadline, CancellationToken cancellationToken)
    {
        var details = Options.ErrorReader.Read(response);
        if (details.RequestId is null)
        {
            details = details with { RequestId = Options.RequestIdHeaders.Select(response.GetHeader).FirstOrDefault(value => value is not null) };
        }

        var retryAfter = RetryAfterHeader.Read(response, Options.TimeProvider.GetUtcNow()) ?? details.RetryAfter;
        var exception = ApiExceptionFactory.Create(new ApiErrorContext(Options.ApiName, operation, response, details), retryAfter);
        var status = (int)response.StatusCode;
        if (status == 429)
        {
            var wait = retryAfter ?? Backoff(retries);
            await BlockBucketsAsync(request, operation, wait, cancellationToken).ConfigureAwait(false);
            if (wait > Options.Retry.MaxRetryAfter || wait >= deadline.Remaining || retries >= Options.Retry.MaxRetries)
            {
                throw exception;
            }

            // The block makes the next acquire wait; waiting here as well would wait twice.
            return request.RateLimits.Count > 0 ? TimeSpan.Zero : wait;
        }

        var transient = status is 408 or >= 500;
        var delay = retryAfter ?? Backoff(retries);
        if (!transient || !request.IsRetrySafe || retries >= Options.Retry.MaxRetries || delay > Options.Retry.MaxRetryAfter || delay >= deadline.Remaining)
        {
            throw exception;
        }

        return delay;
    }

    private async Task BlockBucketsAsync(ApiRequest request, string operation, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (request.RateLimits.Count == 0)
        {
            return;
        }

        var until = Options.TimeProvider.GetUtcNow() + wait;
        foreach (var rule in request.RateLimits)
        {
            await RateLimitStore.BlockAsync(rule.Key, until, cancellationToken).ConfigureAwait(false);
        }

        PipelineLog.BlockedByServer(_logger, operation, until);
    }

    /// <summary>
    /// Takes a slot in every bucket of the request, waiting for one as long as the call may. The slot is held while the
    /// request is in flight, at most for what is left of the call's budget (capped at <see cref="LongestSlotHold"/>), so
    /// a process that dies mid-request frees it a window after its call would have timed out.
    /// </summary>
    private async Task<RateLimitLease?> AcquireSlotAsync(ApiRequest request, string operation, CallDeadline deadline, CancellationToken cancellationToken)
    {
        if (request.RateLimits.Count == 0)
        {
            return null;
        }

        var waited = TimeSpan.Zero;
        while (true)
        {
            var remaining = deadline.Remaining;
            var hold = remaining < LongestSlotHold ? remaining : LongestSlotHold;
            var decision = await RateLimitStore.TryAcquireAsync(request.RateLimits, hold > TimeSpan.Zero ? hold : ShortestSlotHold, cancellationToken).ConfigureAwait(false);
            if (decision.Acquired)
            {
                if (waited > TimeSpan.Zero)
                {
                    GuildhallTelemetry.RateLimitWait.Record(waited.TotalSeconds, new KeyValuePair<string, object?>("guildhall.api", Options.ApiName));
                }

                return decision.Lease;
            }

            var mayWait = Options.MaxRateLimitWait - waited;
            if (decision.RetryAfter > mayWait || decision.RetryAfter >= deadline.Remaining)
            {
                GuildhallTelemetry.RateLimitRefusals.Add(1, new KeyValuePair<string, object?>("guildhall.api", Options.ApiName));
                PipelineLog.RefusedLocally(_logger, operation, decision.RetryAfter);
                var reason = decision.BlockedUntil is { } blocked
                    ? $"the API blocked these credentials after a 429 until {blocked:u}"
                    : "the client-side rate limit is exhausted";
                throw new ApiRateLimitedException(
                    $"{operation} was not sent: {reason}; the next slot is {decision.RetryAfter.TotalSeconds:0.###} s away, longer than this call may wait.",
                    new ApiErrorContext(Options.ApiName, operation, null, new ApiErrorDetails()),
                    decision.RetryAfter,
                    isClientSide: true);
            }

            PipelineLog.WaitingForRateLimit(_logger, operation, decision.RetryAfter);
            await Task.Delay(decision.RetryAfter, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            waited += decision.RetryAfter;
        }
    }

    /// <summary>
    /// Sends one attempt inside its slot, and gives the slot back the moment the answer (or the failure, or the
    /// cancellation) is in, with what the answer's headers said: from then on it counts for one more window.
    /// </summary>
    private async Task<(ApiResponse Response, HttpRequestMessage Sent)> SendInSlotAsync(ApiRequest request, string operation, RateLimitLease? slot, CancellationToken cancellationToken)
    {
        ApiResponse? answer = null;
        try
        {
            var result = await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
            answer = result.Response;
            return result;
        }
        finally
        {
            if (slot is not null)
            {
                await CompleteSlotAsync(slot, answer, operation).ConfigureAwait(false);
            }
        }
    }

    private async Task CompleteSlotAsync(RateLimitLease slot, ApiResponse? answer, string operation)
    {
        var serverState = answer is not null && Options.RateLimitHeaders is { } reader ? reader(answer, Options.TimeProvider.GetUtcNow()) : null;
        try
        {
            // Not cancellable: a cancelled call must still start its slot's last window, or the slot would count until its bound.
            await RateLimitStore.CompleteAsync(slot, serverState, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The answer is in hand: a store that cannot record it must not lose it. The slot then counts until its bound, which is safe.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            PipelineLog.SlotNotCompleted(_logger, operation, exception.GetType().Name);
        }
    }

    /// <summary>Sends one attempt; also returns the (disposed, headers still readable) message so a 401 can be matched to the credentials it carried.</summary>
    private async Task<(ApiResponse Response, HttpRequestMessage Sent)> SendOnceAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(_baseAddress, request.Path));
        message.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
        message.Headers.Accept.Add(AcceptJson);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        message.Content = request.Content?.Invoke();
        if (request.Authenticated && Options.Credentials is { } credentials)
        {
            await credentials.ApplyAsync(message, cancellationToken).ConfigureAwait(false);
        }

        using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return (await ResponseReader.ReadAsync(Options.ApiName, response, Options.MaxResponseBytes, request.ResponseIsSecret, cancellationToken).ConfigureAwait(false), message);
    }

    private void CountRequest(string operation, string outcome) =>
        GuildhallTelemetry.Requests.Add(
            1,
            new KeyValuePair<string, object?>("guildhall.api", Options.ApiName),
            new KeyValuePair<string, object?>("guildhall.operation", operation),
            new KeyValuePair<string, object?>("guildhall.outcome", outcome));

    /// <summary>Exponential backoff with jitter between half and all of the step, so clients that failed together do not retry together.</summary>
    private TimeSpan Backoff(int retries)
    {
        var step = Options.Retry.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retries, 30));
        var capped = Math.Min(step, Options.Retry.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter needs spread, not unpredictability.
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
#pragma warning restore CA5394
    }

    private static bool IsTransientNetworkError(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && exception is HttpRequestException or IOException or OperationCanceledException;

    /// <summary>A request may be repeated if it is safe to, or if it provably never left the machine.</summary>
    private static bool MayRepeat(ApiRequest request, Exception exception) =>
        request.IsRetrySafe || exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
}
