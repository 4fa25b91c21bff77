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
/// <see cref="Scores"/>, <see cref="Rankings"/>, <see cref="Events"/>, <see cref="Search"/>,
/// <see cref="Chat"/>, <see cref="Forum"/>, <see cref="Multiplayer"/>. Thread-safe and meant to
/// live as long as the application; for many users use an <see cref="OsuClientStorage"/>.
/// </summary>
public class OsuClient : ApiClient
{
    /// <summary>The name of the <see cref="HttpClient"/> that <c>AddOsuClient</c> registers with the HTTP client factory.</summary>
    public const string HttpClientName = "Guildhall.Osu";

    private readonly OsuTokenCredential? _credential;

    /// <summary>Creates the app client for the real site: it asks for a client-credentials token itself and renews it when due.</summary>
    /// <param name="clientId">The OAuth application's client id.</param>
    /// <param name="clientSecret">The OAuth application's client secret.</param>
    /// <exception cref="ArgumentException">The id or the secret is missing.</exception>
    public OsuClient(long clientId, string clientSecret)
        : this(clientId, clientSecret, new OsuClientOptions())
    {
    }

    /// <summary>Creates the app client with its own HTTP connection pool.</summary>
    /// <param name="clientId">The OAuth application's client id; with the secret, it replaces the application of a copy of <paramref name="options"/>, which is left as it is.</param>
    /// <param name="clientSecret">The OAuth application's client secret.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public OsuClient(long clientId, string clientSecret, OsuClientOptions options)
        : this(null, (options ?? throw new ArgumentNullException(nameof(options))).WithApplication(clientId, clientSecret), new InMemoryOsuTokenRepository(), OsuClientStorage.AppSessionId, mayUseClientCredentials: true)
    {
    }

    /// <summary>
    /// Creates the app client over <paramref name="httpClient"/>, which the caller keeps owning: one from
    /// <c>IHttpClientFactory</c>, or one with handlers of your own in front (<see cref="ApiHttpClient.Create(DelegatingHandler[])"/>).
    /// The application is <see cref="OsuClientOptions.ClientId"/> and <see cref="OsuClientOptions.ClientSecret"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public OsuClient(HttpClient httpClient, OsuClientOptions options)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options ?? throw new ArgumentNullException(nameof(options)), new InMemoryOsuTokenRepository(), OsuClientStorage.AppSessionId, mayUseClientCredentials: true)
    {
    }

    /// <summary>
    /// Creates the client of a user session from a token (from the authorization code flow), with its own HTTP connection
    /// pool; it refreshes the token when due. For many sessions, and tokens that outlive the process, use an
    /// <see cref="OsuClientStorage"/>.
    /// </summary>
    /// <param name="token">The user's token.</param>
    /// <param name="options">The settings, validated here: the application that obtained the token.</param>
    public OsuClient(OsuToken token, OsuClientOptions options)
        : this(null, options, TokenRepositoryOf(options, token), SessionOf(token), mayUseClientCredentials: token.OwnerId is null)
    {
    }

    /// <summary>Creates a client that authenticates with any credential provider (a fixed token, a token store of your own).</summary>
    /// <param name="httpClient">The HTTP client to send with; the caller keeps owning it.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <param name="credentials">Authenticates each request.</param>
    public OsuClient(HttpClient httpClient, OsuClientOptions options, ICredentialProvider credentials)
        : this(ExternalConnection(httpClient, options, credentials), credential: null, onDisposed: null)
    {
    }

    /// <summary>
    /// The client-side buckets of one session of the application <see cref="OsuClientOptions.ClientId"/>, with the keys every
    /// client of that session counts against in its <see cref="Core.ApiClientOptions.RateLimitStore"/> (keys name the client
    /// id and the session, never a secret or a token): read them from a shared store to see the session's budget without
    /// calling osu!. Only the client id and <see cref="OsuClientOptions.RequestsPerMinute"/> are read.
    /// </summary>
    /// <param name="options">The settings of the application.</param>
    /// <param name="sessionId">The session: a user's id, or <see cref="OsuClientStorage.AppSessionId"/> for the app client.</param>
    /// <returns>The buckets: <c>session</c> and <c>replays</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The client id is not positive or the requests per minute below 1.</exception>
    public static IReadOnlyList<RateLimitBucketDescription> DescribeRateLimits(OsuClientOptions options, long sessionId = OsuClientStorage.AppSessionId)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ClientId, 1, nameof(options.ClientId));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestsPerMinute, 1, nameof(options.RequestsPerMinute));
        return OsuConnection.Describe(options, BucketKey(options, sessionId.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected OsuClient()
    {
        (Users, Beatmaps, Beatmapsets, Scores, Rankings, Events, Search) = CreateSubClients(null);
        (Content, News, Changelog, Wiki, Comments, BeatmapPacks, Discussions, Replays) = CreateContentSubClients(null);
        (Chat, Forum, Multiplayer) = CreateCommunitySubClients(null);
    }

    internal OsuClient(OsuClientOptions options, HttpClient httpClient, OsuTokenCredential credential, IDisposable[] owned, Action<OsuClient>? onDisposed)
        : this(
            new OsuConnection(httpClient, options, ApiBase(options), credential, typeof(OsuClient), BucketKey(options, credential.SessionId.ToString(CultureInfo.InvariantCulture)), owned),
            credential,
            onDisposed)
    {
    }

    private OsuClient(HttpClient? httpClient, OsuClientOptions options, IOsuTokenRepository repository, long sessionId, bool mayUseClientCredentials)
        : this(options, CreateOwnedParts(httpClient, options, repository, sessionId, mayUseClientCredentials))
    {
    }

    private OsuClient(OsuClientOptions options, (HttpClient Http, OsuOAuthClient OAuth, OsuTokenCredential Credential, IDisposable[] Owned) parts)
        : this(options, parts.Http, parts.Credential, parts.Owned, onDisposed: null)
    {
    }

    private OsuClient(OsuConnection connection, OsuTokenCredential? credential, Action<OsuClient>? onDisposed)
        : base(connection)
    {
        _credential = credential;
        if (onDisposed is not null)
        {
            connection.Released = () => onDisposed(this);
        }

        (Users, Beatmaps, Beatmapsets, Scores, Rankings, Events, Search) = CreateSubClients(connection);
        (Content, News, Changelog, Wiki, Comments, BeatmapPacks, Discussions, Replays) = CreateContentSubClients(connection);
        (Chat, Forum, Multiplayer) = CreateCommunitySubClients(connection);
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

    /// <summary>Featured artist tracks and seasonal backgrounds.</summary>
    public virtual OsuContentClient Content { get; }

    /// <summary>The news listing and posts.</summary>
    public virtual OsuNewsClient News { get; }

    /// <summary>The changelog: streams, builds and their changes.</summary>
    public virtual OsuChangelogClient Changelog { get; }

    /// <summary>Wiki pages.</summary>
    public virtual OsuWikiClient Wiki { get; }

    /// <summary>Comments on beatmapsets, builds and news posts.</summary>
    public virtual OsuCommentsClient Comments { get; }

    /// <summary>Beatmap packs.</summary>
    public virtual OsuBeatmapPacksClient BeatmapPacks { get; }

    /// <summary>Beatmapset discussions, their posts and votes, and beatmapset events.</summary>
    public virtual OsuDiscussionsClient Discussions { get; }

    /// <summary>Replay downloads.</summary>
    public virtual OsuReplaysClient Replays { get; }

    /// <summary>Chat: channels, messages, private messages, and a channel's new messages as a stream.</summary>
    public virtual OsuChatClient Chat { get; }

    /// <summary>The forums: topics with their posts, new topics with polls, replies and edits.</summary>
    public virtual OsuForumClient Forum { get; }

    /// <summary>Multiplayer: stable matches with their events and scores, lazer rooms with leaderboards and playlist scores.</summary>
    public virtual OsuMultiplayerClient Multiplayer { get; }

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
        var connection = GetConnection<OsuConnection>();
        await connection.SendAsync(connection.Create(HttpMethod.Delete, "oauth/tokens/current", "osu.oauth.revoke"), cancellationToken).ConfigureAwait(false);
        if (_credential is not null)
        {
            await _credential.ForgetAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes the next call read the session's token from the repository again.</summary>
    internal void ResetCachedToken() => _credential?.Reset();

    /// <summary>Where the API lives below the site's root.</summary>
    internal const string ApiPath = "api/v2/";

    /// <summary>The API's address under the site's root.</summary>
    internal static Uri ApiBase(OsuClientOptions options)
    {
        var root = options.BaseAddress.AbsoluteUri;
        return new Uri((root.EndsWith('/') ? root : root + "/") + ApiPath);
    }

    private static (OsuUsersClient, OsuBeatmapsClient, OsuBeatmapsetsClient, OsuScoresClient, OsuRankingsClient, OsuEventsClient, OsuSearchClient) CreateSubClients(OsuConnection? connection) =>
        (new OsuUsersClient(connection), new OsuBeatmapsClient(connection), new OsuBeatmapsetsClient(connection), new OsuScoresClient(connection),
            new OsuRankingsClient(connection), new OsuEventsClient(connection), new OsuSearchClient(connection));

    private static (OsuContentClient, OsuNewsClient, OsuChangelogClient, OsuWikiClient, OsuCommentsClient, OsuBeatmapPacksClient, OsuDiscussionsClient, OsuReplaysClient) CreateContentSubClients(OsuConnection? connection) =>
        (new OsuContentClient(connection), new OsuNewsClient(connection), new OsuChangelogClient(connection), new OsuWikiClient(connection),
            new OsuCommentsClient(connection), new OsuBeatmapPacksClient(connection), new OsuDiscussionsClient(connection), new OsuReplaysClient(connection));
    private static (OsuChatClient, OsuForumClient, OsuMultiplayerClient) CreateCommunitySubClients(OsuConnection? connection) =>
        (new OsuChatClient(connection), new OsuForumClient(connection), new OsuMultiplayerClient(connection));

    private static OsuConnection ExternalConnection(HttpClient httpClient, OsuClientOptions options, ICredentialProvider credentials)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        options.Validate();
        return new OsuConnection(httpClient, options, ApiBase(options), credentials, typeof(OsuClient), BucketKey(options, "external"));
    }

    private static string BucketKey(OsuClientOptions options, string session) =>
        RateLimitPartition.BucketKey("osu", $"{options.ClientId.ToString(CultureInfo.InvariantCulture)}:{session}");

    /// <summary>The parts a client without a storage creates for itself; it owns them, and the HTTP client only if it created it.</summary>
    private static (HttpClient, OsuOAuthClient, OsuTokenCredential, IDisposable[]) CreateOwnedParts(
        HttpClient? httpClient, OsuClientOptions options, IOsuTokenRepository repository, long sessionId, bool mayUseClientCredentials)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var http = httpClient ?? ApiHttpClient.Create();
        var oauth = new OsuOAuthClient(http, options);
        var credential = new OsuTokenCredential(oauth, repository, sessionId, options, mayUseClientCredentials);
        return (http, oauth, credential, httpClient is null ? [credential, oauth, http] : [credential, oauth]);
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
