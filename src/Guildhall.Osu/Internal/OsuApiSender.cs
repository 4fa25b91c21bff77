using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu.Authentication;

namespace Guildhall.Osu.Internal;

/// <summary>
/// Sends one session's API calls: every request counts against the session's bucket and carries the
/// <c>x-api-version</c> that picks the response shape.
/// </summary>
internal sealed class OsuApiSender : IDisposable
{
    private readonly ApiTransport _transport;
    private readonly OsuClientOptions _options;
    private readonly RateLimitRule[] _rateLimits;

    public OsuApiSender(HttpClient httpClient, OsuClientOptions options, Core.Credentials.ICredentialProvider credentials, string bucketKey)
    {
        _options = options;
        _transport = new ApiTransport(httpClient, options.CreateTransportOptions(OsuClient.ApiBase(options), credentials));
        _rateLimits = [new RateLimitRule(bucketKey, options.RequestsPerMinute, TimeSpan.FromMinutes(1))];
        Credentials = credentials;
    }

    public Core.Credentials.ICredentialProvider Credentials { get; }

    public OsuClientOptions Options => _options;

    public ApiTransport Transport => _transport;

    /// <summary>A request with the session's bucket and the default <c>x-api-version</c>.</summary>
    public ApiRequest Create(HttpMethod method, string path, string operation, int? apiVersion = null, Func<HttpContent>? content = null, bool? safeToRetry = null) => new(method, path)
    {
        OperationName = operation,
        Content = content,
        SafeToRetry = safeToRetry,
        RateLimits = _rateLimits,
        Headers = new Dictionary<string, string> { ["x-api-version"] = (apiVersion ?? _options.ApiVersion).ToString(CultureInfo.InvariantCulture) },
    };

    /// <summary>The <c>x-api-version</c> that makes the API answer scores in <paramref name="format"/> (the client's default when <see langword="null"/>).</summary>
    public int ScoreVersion(OsuScoreFormat? format) =>
        (format ?? _options.ScoreFormat) == OsuScoreFormat.Legacy ? OsuApiVersions.LegacyScores : _options.ApiVersion;

    public Task<T> GetAsync<T>(string path, string operation, CancellationToken cancellationToken, int? apiVersion = null) =>
        _transport.SendAsync(Create(HttpMethod.Get, path, operation, apiVersion), Json.OsuJson.TypeInfo<T>(), cancellationToken);

    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        _transport.SendAsync(request, typeInfo, cancellationToken);

    /// <summary>
    /// Fails before sending when the session's token is known to lack <paramref name="scope"/>, instead of spending a
    /// request (and a token renewal) on a 401 or 403.
    /// </summary>
    public async Task EnsureScopeAsync(string scope, string operation, CancellationToken cancellationToken)
    {
        if (Credentials is not OsuTokenCredential credential)
        {
            return;
        }

        var token = await credential.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token.Scopes.Count > 0 && !token.HasScope(scope))
        {
            var reason = token.OwnerId is null
                ? $"it needs a user token with the '{scope}' scope, and this session holds a client-credentials (guest) token"
                : $"it needs the '{scope}' scope, and the session's token has only: {string.Join(' ', token.Scopes)}";
            throw new ApiForbiddenException(
                $"{operation} was not sent: {reason}.",
                new ApiErrorContext("osu", operation, null, new ApiErrorDetails { ErrorCode = "missing_scope", Message = reason }));
        }
    }

    public void Dispose() => _transport.Dispose();
}
