namespace Guildhall.Tatsu;

/// <summary>The documented facts and defaults of the Tatsu API that <see cref="TatsuClientOptions"/> starts from.</summary>
public static class TatsuDefaults
{
    /// <summary>Tatsu allows 60 requests per minute per API key.</summary>
    public const int RequestsPerMinute = 60;

    /// <summary>The smallest amount one points or score change may carry.</summary>
    public const int MinChangeAmount = 1;

    /// <summary>The largest amount one points or score change may carry (Tatsu's change log, 1 July 2021).</summary>
    public const int MaxChangeAmount = 100_000;

    /// <summary>The most rows one page of guild rankings holds.</summary>
    public const int RankingsPageSize = 100;

    /// <summary>The budget of one call, retries and rate-limit waits included: 100 seconds.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How long a call may wait for a rate-limit slot before it fails: 90 seconds, longer than Tatsu's one-minute window,
    /// so a 61st call in a minute waits for its turn instead of failing.
    /// </summary>
    public static TimeSpan MaxRateLimitWait { get; } = TimeSpan.FromSeconds(90);

    /// <summary>How many times a call is repeated after a 429 (or, for reads, a 5xx or network error): 3.</summary>
    public const int MaxRetries = 3;
}
