using Guildhall.Core;
using Guildhall.TopGg.Http;
using Guildhall.TopGg.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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
    private readonly TopGgPipeline? _pipeline;

    /// <summary>Creates a client for the real service with default settings.</summary>
    /// <param name="token">The API token; the bot id is read from it.</param>
    /// <exception cref="ArgumentException">The token is empty or unreadable.</exception>
    public TopGgClient(string token)
        : this(new TopGgClientOptions { Token = token })
    {
    }

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range, or the token is unreadable.</exception>
    public TopGgClient(TopGgClientOptions options)
        : this(new TopGgPipeline(null, options ?? throw new ArgumentNullException(nameof(options))), options)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/> (for example one from <c>IHttpClientFactory</c>).</summary>
    /// <param name="httpClient">The HTTP client; it is not disposed with this client. Its own timeout should stay infinite.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range, or the token is unreadable.</exception>
    public TopGgClient(HttpClient httpClient, TopGgClientOptions options)
        : this(new TopGgPipeline(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options ?? throw new ArgumentNullException(nameof(options))), options)
    {
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected TopGgClient()
    {
        Bots = null!;
        Users = null!;
        Project = null!;
    }

    private TopGgClient(TopGgPipeline pipeline, TopGgClientOptions options)
        : base(pipeline)
    {
        _pipeline = pipeline;
        Bots = new TopGgBotsClient(_pipeline);
        Users = new TopGgUsersClient(_pipeline);
        Project = new TopGgProjectClient(_pipeline);
        var logger = options.LoggerFactory?.CreateLogger<TopGgClient>() ?? NullLogger<TopGgClient>.Instance;
        TopGgLog.ClientCreated(logger, _pipeline.Token.Id, options.BaseAddress);
    }

    /// <summary>The bot (v0) the token belongs to, read from the token.</summary>
    public virtual ulong BotId => Pipeline.Token.Id;

    /// <summary>v0 bot routes: look-ups, search, stats, voters and vote checks.</summary>
    public virtual TopGgBotsClient Bots { get; }

    /// <summary>v0 user routes.</summary>
    public virtual TopGgUsersClient Users { get; }

    /// <summary>v1 routes of the token's own project: details, votes, commands, announcements and metrics.</summary>
    public virtual TopGgProjectClient Project { get; }

    private TopGgPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("This TopGgClient was created for mocking and has no connection.");

    /// <summary>Whether votes count double right now (<c>GET /weekend</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Guildhall.Core.Errors.GuildhallApiException">The API refused or failed the call.</exception>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public virtual async Task<bool> IsWeekendAsync(CancellationToken cancellationToken = default)
    {
        var request = Pipeline.Create(HttpMethod.Get, "weekend", "weekend.get", TopGgRoute.Global);
        var answer = await Pipeline.SendAsync(request, TopGgJsonContext.Default.WeekendResponse, cancellationToken).ConfigureAwait(false);
        return answer.IsWeekend;
    }

    /// <summary>Describes the client without revealing its token.</summary>
    public override string ToString() => _pipeline is null ? "TopGgClient (mock)" : $"TopGgClient for bot {_pipeline.Token.Id}";
}
