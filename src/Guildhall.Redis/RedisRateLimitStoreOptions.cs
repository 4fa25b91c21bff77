namespace Guildhall.Redis;

/// <summary>Settings of a <see cref="RedisRateLimitStore"/>.</summary>
public sealed class RedisRateLimitStoreOptions
{
    /// <summary>Prepended to every key, to keep Guildhall's keys apart from the application's. Default <c>guildhall:rl:</c>.</summary>
    public string KeyPrefix { get; set; } = "guildhall:rl:";

    /// <summary>
    /// Whether buckets are kept by Redis's own clock (<c>TIME</c>, read inside each script). Default
    /// <see langword="true"/>: every process and machine sharing the store then agrees on when a slot was taken and when
    /// it frees, however their own clocks drift. Turn it off only when every process sharing the store reads one clock
    /// that Redis cannot follow, a test's fake clock: the store then keeps time by <see cref="TimeProvider"/>.
    /// </summary>
    public bool UseRedisTime { get; set; } = true;

    /// <summary>
    /// The caller's clock: absolute times passed to the store (a block's end, a server's reset) and returned by it (a
    /// block's end, the next free slot) are on it, translated to Redis's clock at each call. Give the clients' own clock.
    /// Default: the system clock.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The prefix is missing.</exception>
    public void Validate() => ArgumentNullException.ThrowIfNull(KeyPrefix, nameof(KeyPrefix));
}
