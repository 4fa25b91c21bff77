using Microsoft.Extensions.Logging;

namespace Guildhall.Redis;

/// <summary>
/// The outage policy of one shared part (the rate-limit store, the osu! token repository and single-flight refresh, the
/// vote deduplicator, the vote stream): what its calls do while Redis cannot be reached.
/// </summary>
public sealed class RedisOutageOptions
{
    /// <summary>
    /// The policy. Default <see cref="RedisOutagePolicy.FailClosed"/>: a call never acts on state only this process knows
    /// (for the rate-limit store, nothing is sent that the shared budget did not grant). A part without a local fallback
    /// (the vote stream) accepts only this one.
    /// </summary>
    public RedisOutagePolicy Policy { get; set; } = RedisOutagePolicy.FailClosed;

    /// <summary>
    /// For the rate-limit store under <see cref="RedisOutagePolicy.LocalFallback"/>, the part of each limit this process may use on its own (at
    /// least one request per window): with N processes sharing a token, 1/N or less keeps their sum within the limit.
    /// Default 0.25.
    /// </summary>
    public double LocalShare { get; set; } = 0.25;

    /// <summary>Under <see cref="RedisOutagePolicy.FailClosed"/>, how long a call keeps trying Redis before it fails. Default 2 s.</summary>
    public TimeSpan FailClosedWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a failing call waits before it tries Redis again. Default 100 ms.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The clock of the waits and of the local budget. Default: the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where outages and recoveries are logged. Default: nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!(LocalShare > 0 && LocalShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LocalShare), LocalShare, "The local share must be above 0 and at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(FailClosedWait, TimeSpan.Zero, nameof(FailClosedWait));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RetryInterval, TimeSpan.Zero, nameof(RetryInterval));
    }
}
