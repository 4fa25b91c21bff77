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
public class TatsuClient : IAsyncDisposable, IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> that <c>AddTatsuClient</c> registers with the HTTP client factory.</summary>
    public const string HttpClientName = "Guildhall.Tatsu";

    private readonly TatsuPipeline? _pipeline;

    /// <summary>Creates a client for the real API with default settings.</summary>
    /// <param name="apiKey">The API key (<c>t!apikey create</c> in Discord), sent raw.</param>
    /// <exception cref="ArgumentException">The key is empty or malformed.</exception>
    public TatsuClient(string apiKey)
        : this(new TatsuClientOptions { ApiKey = apiKey })
    {
    }

    /// <summary>Creates a client that owns its own connection pool.</summary>
    /// <param name="options">The settings, validated now and copied.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public TatsuClient(TatsuClientOptions options)
        : this(null, options)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/> (from an <c>IHttpClientFactory</c>, or the
    /// sandbox's handler in tests). The client never changes its default headers or its base address, and does not
    /// dispose it. Leave its <see cref="HttpClient.Timeout"/> infinite: <see cref="TatsuClientOptions.Timeout"/> applies.
    /// </summary>
    /// <param name="httpClient">The client to send with; null creates and owns one.</param>
    /// <param name="options">The settings, validated now and copied.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public TatsuClient(HttpClient? httpClient, TatsuClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var owned = httpClient is null;
        // Connections are recycled so a long-lived client follows DNS changes.
        httpClient ??= new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _pipeline = new TatsuPipeline(httpClient, owned, options);
        Users = new TatsuUsersClient(_pipeline);
        Rankings = new TatsuRankingsClient(_pipeline);
        Members = new TatsuMembersClient(_pipeline);
        Store = new TatsuStoreClient(_pipeline);
    }

    /// <summary>For mocking only: the sub-clients are null until a mock overrides them.</summary>
    protected TatsuClient()
    {
        Users = null!;
        Rankings = null!;
        Members = null!;
        Store = null!;
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
        Pipeline.Transport.GetRateLimitAsync(Pipeline.Rule, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the connection pool if the client created it.</summary>
    /// <param name="disposing">Whether this is a call to <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pipeline?.Dispose();
        }
    }

    private TatsuPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("This TatsuClient was created for mocking and has no pipeline.");
}
