using Microsoft.Extensions.Logging;

namespace Guildhall.Redis;

/// <summary>Settings of a <see cref="RedisOsuRefreshHandler"/>.</summary>
public sealed class RedisOsuRefreshOptions
{
    /// <summary>Prepended to every key. Default <c>guildhall:osu:</c>.</summary>
    public string KeyPrefix { get; set; } = "guildhall:osu:";

    /// <summary>
    /// How long a process may hold the refresh of one refresh token before another may take it over: the bound on how long
    /// the others wait for a process that crashed mid-refresh. Make it longer than a token request takes. Default 30 s.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long osu!'s answer to a refresh is kept for the processes that still present the old refresh token (they get
    /// the same answer instead of a second request, which osu! would refuse). Default 5 minutes.
    /// </summary>
    public TimeSpan ResultLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a waiting process looks for the answer while another holds the lease. Default 50 ms.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The clock the waits run on. Default: the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where the handler logs (leases taken, joined, lost); never a token. Default: nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// What the handler does while Redis cannot be reached. Default <see cref="RedisOutagePolicy.FailClosed"/>: the refresh
    /// waits up to <see cref="RedisOutageOptions.FailClosedWait"/> for Redis, then fails with
    /// <see cref="SharedStateUnavailableException"/> and no request reaches osu!, so the refresh token stays valid for the
    /// next attempt. <see cref="RedisOutagePolicy.LocalFallback"/> sends the refresh without a lease: the process keeps
    /// working, but two processes refreshing one session during the outage can lose it (osu! rotates refresh tokens).
    /// <see cref="RedisOutageOptions.LocalShare"/> does not apply.
    /// </summary>
    public RedisOutageOptions Outage { get; } = new();

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The prefix is missing, a duration is not positive, or an outage setting is out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(KeyPrefix, nameof(KeyPrefix));
        Outage.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LeaseDuration, TimeSpan.Zero, nameof(LeaseDuration));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ResultLifetime, TimeSpan.Zero, nameof(ResultLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
    }
}
