using Guildhall.TopGg.Webhooks;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// Durable vote delivery, the receiving side: <see cref="AppendAsync"/> is the receiver's vote handler, so each accepted
/// vote is in a Redis Stream before the receiver answers Top.gg with a 2xx (the endpoint answers once its inline handler
/// returns). If Redis refuses the append, or stays unreachable for <see cref="RedisVoteStreamOptions.Outage"/>'s wait,
/// the handler throws, the receiver answers 500 and Top.gg delivers again; the vote is never answered and lost. An append
/// whose answer was lost to a timeout may have reached Redis: tried again, the vote is in the stream twice, which is why
/// handlers should tolerate a repeat of a vote. <see cref="RedisVoteStreamConsumer"/>s then hand the votes to the bot's handlers.
/// </summary>
/// <example>
/// <code>
/// var votes = new RedisVoteStreamWriter(redis);
/// await using var listener = new TopGgWebhookListener("http://0.0.0.0:5090", options => options.Authorization = auth)
///     .MapWebhooks("/dbl")
///     .OnVote(votes.AppendAsync);
/// </code>
/// </example>
public sealed class RedisVoteStreamWriter
{
    /// <summary>The stream's name as a shared part: in outage logs and metrics, and in <see cref="SharedStateUnavailableException.Part"/>.</summary>
    public const string Part = "vote_stream";

    private readonly IDatabase _database;
    private readonly string _streamKey;
    private readonly RedisOutageGuard _guard;

    /// <summary>Creates the appending side of a vote stream.</summary>
    /// <param name="connection">A connection to the Redis server the consumers read.</param>
    /// <param name="options">The settings (the stream's key); <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public RedisVoteStreamWriter(IConnectionMultiplexer connection, RedisVoteStreamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisVoteStreamOptions();
        options.Validate();
        _database = connection.GetDatabase();
        _streamKey = options.StreamKey;
        _guard = new RedisOutageGuard(Part, options.Outage);
    }

    /// <summary>Appends an accepted vote to the stream; returns once Redis has it.</summary>
    /// <param name="vote">The vote.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait: let it propagate, so Top.gg retries.</exception>
    /// <exception cref="RedisException">Redis refused the entry: let it propagate, so Top.gg retries.</exception>
    public async ValueTask AppendAsync(TopGgVoteEvent vote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vote);
        cancellationToken.ThrowIfCancellationRequested();
        var fields = RedisVoteEntry.ToFields(vote);
        await _guard.RunAsync(async () => await _database.StreamAddAsync(_streamKey, fields).ConfigureAwait(false), local: null, cancellationToken).ConfigureAwait(false);
        RedisTelemetry.VotesAppended.Add(1);
    }
}
