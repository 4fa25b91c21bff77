using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.Tatsu;

/// <summary>
/// What the sub-clients share: the Core transport configured for Tatsu (raw key, 60 requests a minute per key corrected
/// by <c>X-RateLimit-*</c>, Tatsu's error body), and reading responses so every model keeps its raw JSON.
/// </summary>
internal sealed class TatsuPipeline : IDisposable
{
    public const string ApiName = "tatsu";

    /// <summary>Validates the options and builds the transport.</summary>
    /// <param name="httpClient">The client to send with; null creates and owns one.</param>
    /// <param name="options">The settings; copied, so later changes do not affect the pipeline.</param>
    public TatsuPipeline(HttpClient? httpClient, TatsuClientOptions options)
    {
        // Checked before the key is read into the credential, so a bad key fails with its own name.
        options.Validate();
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var transportOptions = options.ToTransportOptions(
            new AuthorizationHeaderCredential(options.ApiKey!),
            new TatsuErrorReader(timeProvider),
            RateLimitHeaders.XRateLimit(TimeSpan.FromMinutes(1)));
        TimeProvider = timeProvider;
        Logger = options.LoggerFactory?.CreateLogger("Guildhall.Tatsu") ?? NullLogger.Instance;
        Rule = new RateLimitRule(RateLimitPartition.BucketKey("tatsu", RateLimitPartition.FromSecret(options.ApiKey!)), options.RequestsPerMinute, TimeSpan.FromMinutes(1));
        Transport = new ApiTransport(httpClient ?? ApiHttpClient.Create(), transportOptions, disposeHttpClient: httpClient is null);
    }

    public ApiTransport Transport { get; }

    /// <summary>The key's bucket: every call counts against it, whichever client instance makes it.</summary>
    public RateLimitRule Rule { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger { get; }

    public async Task<T> GetAsync<T>(string path, string operation, JsonTypeInfo<T> typeInfo, Func<T, JsonElement, T> withRaw, CancellationToken cancellationToken)
    {
        var request = new ApiRequest(HttpMethod.Get, path) { OperationName = operation, RateLimits = [Rule] };
        var response = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Read(response, operation, typeInfo, withRaw);
    }

    /// <summary>
    /// Sends one change. The transport repeats it only after a 429 (PATCH is not idempotent). A 204 answers null: the
    /// change was applied but the API sent no state back.
    /// </summary>
    public async Task<T?> PatchAsync<T>(string path, string operation, TatsuChangeAction action, int amount, JsonTypeInfo<T> typeInfo, Func<T, JsonElement, T> withRaw, CancellationToken cancellationToken)
        where T : class
    {
        var request = new ApiRequest(HttpMethod.Patch, path)
        {
            OperationName = operation,
            RateLimits = [Rule],
            Content = ApiContent.Json(new TatsuChangeRequest { Action = action, Amount = amount }, TatsuJsonContext.Default.TatsuChangeRequest),
        };
        var response = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NoContent ? null : Read(response, operation, typeInfo, withRaw);
    }

    public void Dispose() => Transport.Dispose();

    /// <summary>
    /// Reads the body once as a JSON element (HTML, empty or truncated bodies fail there as
    /// <see cref="ApiInvalidResponseException"/>), then binds the model from it and attaches the element as raw JSON.
    /// </summary>
    private static T Read<T>(ApiResponse response, string operation, JsonTypeInfo<T> typeInfo, Func<T, JsonElement, T> withRaw)
    {
        var raw = response.ReadJson(TatsuJsonContext.Default.JsonElement);
        try
        {
            var model = raw.Deserialize(typeInfo) ?? throw new JsonException("The body is JSON null.");
            return withRaw(model, raw);
        }
        catch (JsonException exception)
        {
            throw new ApiInvalidResponseException(
                $"{operation} returned JSON that does not fit {typeof(T).Name}: {exception.Message}",
                new ApiErrorContext(ApiName, operation, response, new ApiErrorDetails()),
                exception);
        }
    }
}
