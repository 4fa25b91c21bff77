using Microsoft.Extensions.Logging;

namespace Guildhall.Redis;

/// <summary>Settings of a <see cref="RedisVoteStreamWriter"/> and its <see cref="RedisVoteStreamConsumer"/>s.</summary>
public sealed class RedisVoteStreamOptions
{
    /// <summary>The stream accepted votes are appended to. Default <c>guildhall:votes:stream</c>.</summary>
    public string StreamKey { get; set; } = "guildhall:votes:stream";

    /// <summary>Where a vote goes after <see cref="MaxDeliveries"/> failed deliveries to a handler. Default <c>guildhall:votes:dead</c>.</summary>
    public string DeadLetterStreamKey { get; set; } = "guildhall:votes:dead";

    /// <summary>The consumer group every handler process reads in. Default <c>guildhall</c>.</summary>
    public string ConsumerGroup { get; set; } = "guildhall";

    /// <summary>This consumer's name within the group: unique per process. Default: the machine name and the process id.</summary>
    public string ConsumerName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>
    /// How long a vote may stay with a consumer without being acknowledged before another consumer claims it: longer than
    /// a handler runs, since a claimed vote runs again. Default 30 seconds.
    /// </summary>
    public TimeSpan ClaimIdleTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many deliveries to a handler a vote gets before it is moved to the dead-letter stream. Default 5.</summary>
    public int MaxDeliveries { get; set; } = 5;

    /// <summary>How many votes a consumer reads at once. Default 16.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>How long a consumer waits before reading again when the stream had nothing new. Default 100 ms.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The clock of the waits. Default: the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where consumers log handler failures, claims and dead letters. Default: nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// What <see cref="RedisVoteStreamWriter.AppendAsync"/> does while Redis cannot be reached: keep trying for
    /// <see cref="RedisOutageOptions.FailClosedWait"/> (default 2 s, well within the time Top.gg waits for an answer), then
    /// throw <see cref="SharedStateUnavailableException"/>, which the receiver answers with a 500 so Top.gg delivers again.
    /// Only <see cref="RedisOutagePolicy.FailClosed"/> is allowed: the writer answers Top.gg with a 2xx only once the vote
    /// is in Redis, and a vote kept in this process's memory instead would be lost with the process.
    /// </summary>
    public RedisOutageOptions Outage { get; } = new();

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A name is missing, a number out of range, or the outage policy is not to fail closed.</exception>
    public void Validate()
    {
        Outage.Validate();
        if (Outage.Policy != RedisOutagePolicy.FailClosed)
        {
            throw new ArgumentException(
                "The vote stream can only fail closed while Redis is unreachable: a vote answered 2xx must already be in Redis, or a crash would lose it.",
                nameof(Outage));
        }

        ArgumentException.ThrowIfNullOrEmpty(StreamKey, nameof(StreamKey));
        ArgumentException.ThrowIfNullOrEmpty(DeadLetterStreamKey, nameof(DeadLetterStreamKey));
        ArgumentException.ThrowIfNullOrEmpty(ConsumerGroup, nameof(ConsumerGroup));
        ArgumentException.ThrowIfNullOrEmpty(ConsumerName, nameof(ConsumerName));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ClaimIdleTime, TimeSpan.Zero, nameof(ClaimIdleTime));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDeliveries, 1, nameof(MaxDeliveries));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
    }
}
