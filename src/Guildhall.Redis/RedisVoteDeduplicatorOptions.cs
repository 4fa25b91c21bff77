using Guildhall.TopGg.Webhooks;

namespace Guildhall.Redis;

/// <summary>Settings of a <see cref="RedisVoteDeduplicator"/>.</summary>
public sealed class RedisVoteDeduplicatorOptions
{
    private static readonly TimeSpan MaxWindow = TimeSpan.FromHours(12);

    /// <summary>Prepended to every key. Default <c>guildhall:votes:</c>.</summary>
    public string KeyPrefix { get; set; } = "guildhall:votes:";

    /// <summary>
    /// How long a delivery is remembered, as the time to live of its key: the same default and bounds as
    /// <see cref="InMemoryVoteDeduplicator.DefaultWindow"/> (one hour; positive and under the 12-hour vote cooldown).
    /// </summary>
    public TimeSpan Window { get; set; } = InMemoryVoteDeduplicator.DefaultWindow;

    /// <summary>
    /// What the deduplicator does while Redis cannot be reached. Default <see cref="RedisOutagePolicy.FailClosed"/> (after
    /// 2 s, <see cref="SharedStateUnavailableException"/>, which the receiver answers with a 500, so Top.gg delivers
    /// again). <see cref="RedisOutagePolicy.LocalFallback"/> deduplicates in this process's memory: a retry that reaches
    /// another instance during the outage is handled there too. <see cref="RedisOutageOptions.LocalShare"/> does not apply.
    /// </summary>
    public RedisOutageOptions Outage { get; } = new();

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The prefix is missing, or the window or an outage setting out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(KeyPrefix, nameof(KeyPrefix));
        Outage.Validate();
        if (Window <= TimeSpan.Zero || Window >= MaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "The window must be positive and shorter than 12 hours.");
        }
    }
}
