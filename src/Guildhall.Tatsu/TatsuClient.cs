using Guildhall.Core;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Tatsu;

/// <summary>
/// The Tatsu API client (<c>https://api.tatsu.gg/v1</c>): <see cref="Users"/> for profiles, <see cref="Rankings"/> for
/// leaderboards, <see cref="Members"/> for points and score, <see cref="Store"/> for listings. Thread-safe and meant to
/// live as long as the application; every call goes through the shared pipeline, which keeps the key within Tatsu's
/// 60 requests a minute (waiting for a slot rather than failing) and maps errors to the
/// <see cref="Guildhall.Core.Errors.GuildhallApiException"/> hierarchy.
/// </summary>
/// <example>
/// <code>
/// await using var tatsu = new TatsuClient(Environment.GetEnvironmentVariable("TATSU_KEY")!);
/// var profile = await tatsu.Users.GetProfileAsync(172002275412279297);
/// await foreach (var row in tatsu.Rankings.ListGuildRankingsAsync(guildId, TatsuTimeframe.Week, endRank: 10))
/// {
///     Console.WriteLine($"#{row.Rank} {row.UserId}: {row.Score}");
/// }
/// </code>
/// </example>
public class TatsuClient : ApiClient
{
    /// <summary>The name of the <see cref="HttpClient"/> that <c>AddTatsuClient</c> registers with the HTTP client factory.</summary>
    public const string HttpClientName = "Guildhall.Tatsu";

    /// <summary>Creates a client for the real API with default settings.</summary>
    /// <param name="apiKey">The API key (<c>t!apikey create</c> in Discord), sent raw.</param>
    /// <exception cref="ArgumentException">The key is empty or malformed.</exception>
    public TatsuClient(string apiKey)
        : this(apiKey, new TatsuClientOptions())
    {
    }

    /// <summary>Creates a client that owns its own connection pool.</summary>
    /// <param name="apiKey">The API key; it replaces <see cref="TatsuClientOptions.ApiKey"/> in a copy of <paramref name="options"/>, which is left as it is.</param>
    /// <param name="options">The settings, validated now and copied.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public TatsuClient(string apiKey, TatsuClientOptions options)
        : this(new TatsuConnection(null, (options ?? throw new ArgumentNullException(nameof(options))).WithApiKey(apiKey)))
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>: one from an <c>IHttpClientFactory</c>, one with
    /// handlers of your own in front (<see cref="ApiHttpClient.Create(DelegatingHandler[])"/>), or the sandbox's handler
    /// in tests. The client never changes its default headers or its base address, and does not dispose it. Leave its
    /// <see cref="HttpClient.Timeout"/> infinite: <see cref="ApiClientOptions.Timeout"/> applies. The key is
    /// <see cref="TatsuClientOptions.ApiKey"/>.
    /// </summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="options">The settings, validated now and copied.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public TatsuClient(HttpClient httpClient, TatsuClientOptions options)
        : this(new TatsuConnection(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    /// <summary>
    /// The client-side bucket of <see cref="TatsuClientOptions.ApiKey"/>, with the key every client holding the API key counts
    /// against in its <see cref="ApiClientOptions.RateLimitStore"/> (the key carries a hash of the API key, never the API
    /// key): read it from a shared store to see the key's budget without calling Tatsu.
    /// </summary>
    /// <param name="options">The settings whose API key is described, validated here.</param>
    /// <returns>The one bucket, <c>key</c>: every call, <see cref="TatsuClientOptions.RequestsPerMinute"/> a minute.</returns>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public static IReadOnlyList<RateLimitBucketDescription> DescribeRateLimits(TatsuClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var rule = TatsuConnection.RuleFor(options);
        return [new RateLimitBucketDescription("key", $"every call, {rule.Limit} a minute", rule)];
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected TatsuClient()
    {
        Users = new TatsuUsersClient(null);
        Rankings = new TatsuRankingsClient(null);
        Members = new TatsuMembersClient(null);
        Store = new TatsuStoreClient(null);
    }

    private TatsuClient(TatsuConnection connection)
        : base(connection)
    {
        Users = new TatsuUsersClient(connection);
        Rankings = new TatsuRankingsClient(connection);
        Members = new TatsuMembersClient(connection);
        Store = new TatsuStoreClient(connection);
    }

    /// <summary>User profiles.</summary>
    public virtual TatsuUsersClient Users { get; }

    /// <summary>Guild leaderboards and members' ranks.</summary>
    public virtual TatsuRankingsClient Rankings { get; }

    /// <summary>Members' points and score: read, change, adjust by any amount.</summary>
    public virtual TatsuMembersClient Members { get; }

    /// <summary>Store listings.</summary>
    public virtual TatsuStoreClient Store { get; }

    /// <summary>
    /// The key's rate budget as this process sees it: requests left in the current minute (the tighter of the local
    /// count and the server's last <c>X-RateLimit-Remaining</c>), when the next slot frees up, and any block after a
    /// 429. Takes no slot and sends nothing.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read (a distributed store may do I/O).</param>
    public virtual ValueTask<RateLimitSnapshot> GetRateLimitAsync(CancellationToken cancellationToken = default) =>
        Connection.Transport.GetRateLimitAsync(Connection.Rule, cancellationToken);

    private TatsuConnection Connection => GetConnection<TatsuConnection>();
}
