using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Internal;

namespace Guildhall.Osu;

/// <summary>
/// The osu! API v2 client of one session: the app client (client credentials) or a user who authorized the
/// application. Endpoints are grouped: <see cref="Users"/>, <see cref="Beatmaps"/>, <see cref="Beatmapsets"/>,
/// <see cref="Scores"/>, <see cref="Rankings"/>, <see cref="Events"/>, <see cref="Search"/>. Thread-safe and meant to
/// live as long as the application; for many users use an <see cref="OsuClientStorage"/>.
/// </summary>
public class OsuClient : ApiClient
{
    private readonly OsuApiSender _api;
    private readonly OsuTokenCredential? _credential;

    /// <summary>Creates the app client: it asks for a client-credentials token itself and renews it when due.</summary>
    /// <param name="options">The settings, validated here.</param>
    public OsuClient(OsuClientOptions options)
        : this(options, new InMemoryOsuTokenRepository(), OsuClientStorage.AppSessionId, mayUseClientCredentials: true)
    {
    }

    /// <summary>Creates the client of a user session from a token (from the authorization code flow); it refreshes the token when due.</summary>
    /// <param name="options">The settings, validated here.</param>
    /// <param name="token">The user's token.</param>
    public OsuClient(OsuClientOptions options, OsuToken token)
        : this(options, TokenRepositoryOf(options, token), SessionOf(token), mayUseClientCredentials: token?.OwnerId is null)
    {
    }

    /// <summary>Creates a client that authenticates with any credential provider (a fixed token, a token store of your own).</summary>
    /// <param name="options">The settings, validated here.</param>
    /// <param name="credentials">Authenticates each request.</param>
    /// <param name="httpClient">The HTTP client to send with; the caller keeps owning it.</param>
    public OsuClient(OsuClientOptions options, ICredentialProvider credentials, HttpClient httpClient)
        : this(ExternalConnection(options, credentials, httpClient), credential: null, onDisposed: null)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuClient()
    {
        _api = null!;
        Users = null!;
        Beatmaps = null!;
        Beatmapsets = null!;
        Scores = null!;
        Rankings = null!;
        Events = null!;
        Search = null!;
    }

    internal OsuClient(OsuClientOptions options, HttpClient httpClient, OsuTokenCredential credential, IDisposable[] owned, Action<OsuClient>? onDisposed)
        : this(new OsuClientConnection(new OsuApiSender(httpClient, options, credential, BucketKey(options, credential.SessionId.ToString(CultureInfo.InvariantCulture))), owned), credential, onDisposed)
    {
    }

    private OsuClient(OsuClientOptions options, IOsuTokenRepository repository, long sessionId, bool mayUseClientCredentials)
        : this(options, CreateOwnedParts(options, repository, sessionId, mayUseClientCredentials))
    {
    }

    private OsuClient(OsuClientOptions options, (HttpClient Http, OsuOAuthClient OAuth, OsuTokenCredential Credential) parts)
        : this(options, parts.Http, parts.Credential, [parts.Credential, parts.OAuth, parts.Http], onDisposed: null)
    {
    }

    private OsuClient(OsuClientConnection connection, OsuTokenCredential? credential, Action<OsuClient>? onDisposed)
        : base(connection)
    {
        _api = connection.Api;
        _credential = credential;
        if (onDisposed is not null)
        {
            connection.Released = () => onDisposed(this);
        }

        (Users, Beatmaps, Beatmapsets, Scores, Rankings, Events, Search) = CreateSubClients(_api);
    }

    /// <summary>Raised after this session's token was renewed and stored.</summary>
    public event EventHandler<OsuTokenUpdatedEventArgs>? TokenUpdated
    {
        add
        {
            if (_credential is not null)
            {
                _credential.TokenUpdated += value;
            }
        }

        remove
        {
            if (_credential is not null)
            {
                _credential.TokenUpdated -= value;
            }
        }
    }

    /// <summary>The session: 0 for the app client, the user's id for a user session.</summary>
    public virtual long SessionId => _credential?.SessionId ?? -1;

    /// <summary>Users: the token owner, friends, profiles and per-user lists.</summary>
    public virtual OsuUsersClient Users { get; }

    /// <summary>Beatmaps: lookups, attributes, leaderboards.</summary>
    public virtual OsuBeatmapsClient Beatmaps { get; }

    /// <summary>Beatmapsets: by id, lookup, search.</summary>
    public virtual OsuBeatmapsetsClient Beatmapsets { get; }

    /// <summary>Single scores.</summary>
    public virtual OsuScoresClient Scores { get; }

    /// <summary>Rankings and spotlights.</summary>
    public virtual OsuRankingsClient Rankings { get; }

    /// <summary>The global event feed.</summary>
    public virtual OsuEventsClient Events { get; }

    /// <summary>The site search.</summary>
    public virtual OsuSearchClient Search { get; }

    /// <summary>The session's current token, renewed first if it is about to expire.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">The client was built with a credential provider of its own.</exception>
    public virtual Task<OsuToken> GetCurrentTokenAsync(CancellationToken cancellationToken = default) =>
        _credential?.GetTokenAsync(cancellationToken)
        ?? throw new InvalidOperationException("This client authenticates with a credential provider of its own; it holds no osu! token.");

    /// <summary>
    /// Revokes the session's token and its refresh token (<c>DELETE /api/v2/oauth/tokens/current</c>) and deletes it from
    /// the repository. The client cannot be used for this session afterwards (the app client asks for a new token).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task RevokeTokenAsync(CancellationToken cancellationToken = default)
    {
        var request = _api.Create(HttpMethod.Delete, "oauth/tokens/current", "osu.oauth.revoke");
        await _api.Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (_credential is not null)
        {
            await _credential.ForgetAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes the next call read the session's token from the repository again.</summary>
    internal void ResetCachedToken() => _credential?.Reset();

    /// <summary>The API's address under the site's root.</summary>
    internal static Uri ApiBase(OsuClientOptions options)
    {
        var root = options.BaseAddress.AbsoluteUri;
        return new Uri((root.EndsWith('/') ? root : root + "/") + "api/v2/");
    }

    private static (OsuUsersClient, OsuBeatmapsClient, OsuBeatmapsetsClient, OsuScoresClient, OsuRankingsClient, OsuEventsClient, OsuSearchClient) CreateSubClients(OsuApiSender api) =>
        (new OsuUsersClient(api), new OsuBeatmapsClient(api), new OsuBeatmapsetsClient(api), new OsuScoresClient(api), new OsuRankingsClient(api), new OsuEventsClient(api), new OsuSearchClient(api));

    private static OsuClientConnection ExternalConnection(OsuClientOptions options, ICredentialProvider credentials, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(httpClient);
        options.Validate();
        return new OsuClientConnection(new OsuApiSender(httpClient, options, credentials, BucketKey(options, "external")), []);
    }

    private static string BucketKey(OsuClientOptions options, string session) =>
        RateLimitPartition.BucketKey("osu", $"{options.ClientId.ToString(CultureInfo.InvariantCulture)}:{session}");

    private static (HttpClient, OsuOAuthClient, OsuTokenCredential) CreateOwnedParts(OsuClientOptions options, IOsuTokenRepository repository, long sessionId, bool mayUseClientCredentials)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var http = ApiHttpClient.Create();
        var oauth = new OsuOAuthClient(options, http);
        return (http, oauth, new OsuTokenCredential(oauth, repository, sessionId, options, mayUseClientCredentials));
    }

    private static long SessionOf(OsuToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.OwnerId ?? OsuClientStorage.AppSessionId;
    }

    private static InMemoryOsuTokenRepository TokenRepositoryOf(OsuClientOptions options, OsuToken token)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new(OsuTokenOwner.For(options), [new(SessionOf(token), token)]);
    }
}
