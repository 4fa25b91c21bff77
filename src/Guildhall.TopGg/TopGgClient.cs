using Guildhall.Core;
using Guildhall.TopGg.Http;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg;

/// <summary>
/// The Top.gg API, both generations: v0 bots, stats, votes and users (<see cref="Bots"/>, <see cref="Users"/>) and v1
/// projects (<see cref="Project"/>). Thread-safe and meant to live as long as the application (register it as a
/// singleton). Every client in the process holding the same token shares one rate-limit budget, so the client never
/// trips Top.gg's one-hour block; after a 429 it refuses calls locally until the block ends.
/// </summary>
/// <example>
/// <code>
/// await using var topgg = new TopGgClient(Environment.GetEnvironmentVariable("TOPGG_TOKEN")!);
/// await topgg.Bots.PostStatsAsync(TopGgStatsUpdate.ForServerCount(guildCount));
/// var voted = await topgg.Bots.HasVotedAsync(userId);
/// </code>
/// </example>
public class TopGgClient : ApiClient
{
    /// <summary>The name of the <see cref="HttpClient"/> that <c>AddTopGgClient</c> registers with the HTTP client factory.</summary>
    public const string HttpClientName = "Guildhall.TopGg";

    /// <summary>Creates a client for the real service with default settings.</summary>
    /// <param name="token">The API token; the bot id is read from it.</param>
    /// <exception cref="ArgumentException">The token is empty or unreadable.</exception>
    public TopGgClient(string token)
        : this(token, new TopGgClientOptions())
    {
    }

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    /// <param name="token">The API token; it replaces <see cref="TopGgClientOptions.Token"/> in a copy of <paramref name="options"/>, which is left as it is.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range, or the token is unreadable.</exception>
    public TopGgClient(string token, TopGgClientOptions options)
        : this(new TopGgConnection(null, (options ?? throw new ArgumentNullException(nameof(options))).WithToken(token)))
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>: one from <c>IHttpClientFactory</c>, or one with
    /// handlers of your own in front (<see cref="ApiHttpClient.Create(DelegatingHandler[])"/>). The token is
    /// <see cref="TopGgClientOptions.Token"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client; it is not disposed with this client. Its own timeout should stay infinite.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range, or the token is unreadable.</exception>
    public TopGgClient(HttpClient httpClient, TopGgClientOptions options)
        : this(new TopGgConnection(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    /// <summary>
    /// The client-side buckets of <see cref="TopGgClientOptions.Token"/>, with the keys every client holding the token
    /// counts against in its <see cref="ApiClientOptions.RateLimitStore"/> (keys carry a hash of the token, never the token):
    /// read them from a shared store to see the token's budget without calling Top.gg.
    /// </summary>
    /// <param name="options">The settings whose token is described, validated here.</param>
    /// <returns>The buckets: <c>global</c>, <c>bots</c> and <c>announcements</c>.</returns>
    /// <exception cref="ArgumentException">A setting is missing or out of range, or the token is unreadable.</exception>
    public static IReadOnlyList<Core.RateLimiting.RateLimitBucketDescription> DescribeRateLimits(TopGgClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // The keys of the token as the client sends it (trimmed, without "Bearer "), so both name one budget.
        return TopGgRateLimits.Describe(TopGgToken.Parse(options.Token!));
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected TopGgClient()
    {
        Bots = new TopGgBotsClient(null);
        Users = new TopGgUsersClient(null);
        Project = new TopGgProjectClient(null);
    }

    private TopGgClient(TopGgConnection connection)
        : base(connection)
    {
        Bots = new TopGgBotsClient(connection);
        Users = new TopGgUsersClient(connection);
        Project = new TopGgProjectClient(connection);
        TopGgLog.ClientCreated(connection.Logger, connection.Token.Id, connection.Transport.Options.BaseAddress);
    }

    /// <summary>The bot (v0) the token belongs to, read from the token.</summary>
    public virtual ulong BotId => Connection.Token.Id;

    /// <summary>v0 bot routes: look-ups, search, stats, voters and vote checks.</summary>
    public virtual TopGgBotsClient Bots { get; }

    /// <summary>v0 user routes.</summary>
    public virtual TopGgUsersClient Users { get; }

    /// <summary>v1 routes of the token's own project: details, votes, commands, announcements and metrics.</summary>
    public virtual TopGgProjectClient Project { get; }

    private TopGgConnection Connection => GetConnection<TopGgConnection>();

    /// <summary>Whether votes count double right now (<c>GET /weekend</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Guildhall.Core.Errors.GuildhallApiException">The API refused or failed the call.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public virtual async Task<bool> IsWeekendAsync(CancellationToken cancellationToken = default)
    {
        var connection = Connection;
        var request = connection.Create(HttpMethod.Get, "weekend", "weekend.get", TopGgRoute.Global);
        var answer = await connection.SendJsonAsync(request, TopGgJsonContext.Default.WeekendResponse, cancellationToken).ConfigureAwait(false);
        return answer.IsWeekend;
    }

    /// <summary>Describes the client without revealing its token.</summary>
    public override string ToString() => IsMock ? "TopGgClient (mock)" : $"TopGgClient for bot {Connection.Token.Id}";
}
