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

    /// <summary>
    /// Where the backoff's jitter comes from: a number from 0 (wait half of the step) to 1 (wait all of it); values
    /// outside are clamped. Default: <see cref="Random.Shared"/>, so clients that failed together spread their retries.
    /// Replace it to make delays predictable, for example <c>() =&gt; 1</c> in a test that moves a fake clock. A
    /// <c>Retry-After</c> from the API is waited exactly, without jitter.
    /// </summary>
#pragma warning disable CA5394 // Jitter needs spread, not unpredictability.
    public Func<double> Jitter { get; set; } = static () => Random.Shared.NextDouble();
#pragma warning restore CA5394

    /// <summary>A copy, so a client keeps the values it was built with.</summary>
    internal RetryOptions Copy() => new()
    {
        MaxRetries = MaxRetries,
        BaseDelay = BaseDelay,
        MaxDelay = MaxDelay,
        MaxRetryAfter = MaxRetryAfter,
        Jitter = Jitter,
    };

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentException">A value is negative, the delays are inconsistent, or <see cref="Jitter"/> is null.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAfter, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(Jitter);
    }
}
