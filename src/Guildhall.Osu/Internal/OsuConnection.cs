using System.Collections.ObjectModel;
using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Internal;

/// <summary>
/// What an osu! client and its sub-clients share on top of Core's connection: the session's credentials and bucket, the
/// <c>x-api-version</c> that picks the response shape, and the parts the client owns (its OAuth client and HTTP client
/// when it created them, the storage's note that the session is gone). The OAuth client uses one too, at the site's
/// root, without credentials or bucket.
/// </summary>
internal sealed class OsuConnection : ApiConnection
{
    private readonly IReadOnlyList<RateLimitRule> _rateLimits;
    private readonly IReadOnlyList<IDisposable> _owned;

    /// <summary>The version the options asked for when the connection was built, and its headers, built once: requests only read them.</summary>
    private readonly int _defaultVersion;
    private readonly IReadOnlyDictionary<string, string> _defaultVersionHeader;

    /// <summary>Builds the transport of a client.</summary>
    /// <param name="httpClient">The HTTP client; the connection disposes it only if it is among <paramref name="owned"/>.</param>
    /// <param name="options">The settings, already validated.</param>
    /// <param name="baseAddress">The root of the paths: the site's (OAuth) or the API's.</param>
    /// <param name="credentials">Authenticates requests; <see langword="null"/> for none.</param>
    /// <param name="clientType">The public client, named when a call comes after disposal.</param>
    /// <param name="bucketKey">The session's rate-limit bucket; <see langword="null"/> for none.</param>
    /// <param name="owned">What disposing the client releases after the transport, in order.</param>
    public OsuConnection(
        HttpClient httpClient, OsuClientOptions options, Uri baseAddress, ICredentialProvider? credentials, Type clientType, string? bucketKey = null, IReadOnlyList<IDisposable>? owned = null)
        : base(httpClient, options.CreateTransportOptions(baseAddress, credentials), clientType)
    {
        Options = options;
        Credentials = credentials;
        var buckets = bucketKey is null ? [] : Describe(options, bucketKey);
        _rateLimits = [.. buckets.Take(1).Select(bucket => bucket.Rule)];
        ReplayRateLimits = [.. buckets.Select(bucket => bucket.Rule)];
        _owned = owned ?? [];
        _defaultVersion = options.ApiVersion;
        _defaultVersionHeader = VersionHeader(_defaultVersion);
    }

    public OsuClientOptions Options { get; }

    public ICredentialProvider? Credentials { get; }

    /// <summary>Runs after everything was released; set by the client that holds the connection.</summary>
    public Action? Released { get; set; }

    protected override IReadOnlyList<RateLimitRule> DefaultRateLimits => _rateLimits;

    /// <summary>The buckets of a replay download: the session's, and the session's own bucket of replay downloads.</summary>
    public IReadOnlyList<RateLimitRule> ReplayRateLimits { get; }

    /// <summary>The buckets of the session keyed <paramref name="bucketKey"/>: its own, then its replay downloads'.</summary>
    public static IReadOnlyList<RateLimitBucketDescription> Describe(OsuClientOptions options, string bucketKey) =>
    [
        new("session", $"every call of the session, {options.RequestsPerMinute} a minute", new RateLimitRule(bucketKey, options.RequestsPerMinute, TimeSpan.FromMinutes(1))),
        new(
            "replays",
            $"replay downloads of the session, {OsuReplaysClient.DownloadsPerMinute} a minute (each counts against the session too)",
            new RateLimitRule(bucketKey + ":replays", OsuReplaysClient.DownloadsPerMinute, TimeSpan.FromMinutes(1))),
    ];

    /// <summary>
    /// A request with the session's bucket and the default <c>x-api-version</c>. A request osu! charges more than once
    /// (<c>GET /users</c>, per id) takes <paramref name="cost"/> slots of the bucket.
    /// </summary>
    public ApiRequest Create(HttpMethod method, string path, string operation, int? apiVersion = null, Func<HttpContent>? content = null, bool? safeToRetry = null, int cost = 1) =>
        CreateRequest(
            method,
            path,
            operation,
            content,
            safeToRetry,
            rateLimits: cost == 1 ? null : [.. _rateLimits.Select(rule => rule with { Cost = cost })],
            headers: VersionHeaderFor(apiVersion ?? Options.ApiVersion));

    /// <summary>The <c>x-api-version</c> that makes the API answer scores in <paramref name="format"/> (the client's default when <see langword="null"/>).</summary>
    public int ScoreVersion(OsuScoreFormat? format) =>
        (format ?? Options.ScoreFormat) == OsuScoreFormat.Legacy ? OsuApiVersions.LegacyScores : Options.ApiVersion;

    public Task<T> GetAsync<T>(string path, string operation, CancellationToken cancellationToken, int? apiVersion = null, int cost = 1) =>
        SendJsonAsync(Create(HttpMethod.Get, path, operation, apiVersion, cost: cost), OsuJson.TypeInfo<T>(), cancellationToken);

    /// <summary>Sends <paramref name="body"/> as JSON and reads the answer as <typeparamref name="TResult"/>.</summary>
    public Task<TResult> SendJsonAsync<TBody, TResult>(HttpMethod method, string path, string operation, TBody body, CancellationToken cancellationToken) =>
        SendJsonAsync(Create(method, path, operation, content: ApiContent.Json(body, OsuJson.TypeInfo<TBody>())), OsuJson.TypeInfo<TResult>(), cancellationToken);

    /// <summary>
    /// Fails before sending when the session's token is known to lack <paramref name="scope"/>, instead of spending a
    /// request (and a token renewal) on a 401 or 403.
    /// </summary>
    public async Task EnsureScopeAsync(string scope, string operation, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
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

    private IReadOnlyDictionary<string, string> VersionHeaderFor(int apiVersion) =>
        apiVersion == _defaultVersion ? _defaultVersionHeader : VersionHeader(apiVersion);

    private static ReadOnlyDictionary<string, string> VersionHeader(int apiVersion) =>
        new(new Dictionary<string, string> { ["x-api-version"] = apiVersion.ToString(CultureInfo.InvariantCulture) });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        foreach (var part in _owned)
        {
            part.Dispose();
        }

        Released?.Invoke();
    }
}
