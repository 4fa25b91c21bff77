namespace Guildhall.Core;

/// <summary>How the pipeline repeats failed attempts. Only 408, 429, 5xx and network errors are retried, and 408/5xx/network only for requests that are safe to repeat.</summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt. Default 3; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; each retry doubles it, with full jitter between half and all of it. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the pipeline waits out by itself. A longer one surfaces at once as an
    /// <see cref="Errors.ApiRateLimitedException"/> carrying the wait. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A copy, so a client keeps the values it was built with.</summary>
    internal RetryOptions Copy() => new()
    {
        MaxRetries = MaxRetries,
        BaseDelay = BaseDelay,
        MaxDelay = MaxDelay,
        MaxRetryAfter = MaxRetryAfter,
    };

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or the delays are inconsistent.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAfter, TimeSpan.Zero);
    }
}
