namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// Top.gg's delivery schedule: each attempt must be answered with a 2xx within 5 seconds; timeouts, network errors
/// and 5xx are retried (legacy up to 10 times, V2 up to 3), retry N after 2^N seconds (2 s ... about 17 minutes for
/// the 10th legacy retry, 8 s for the 3rd V2 retry); 4xx is the receiver's error and is never retried.
/// </summary>
internal static class TopGgDeliveryPolicy
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    public static int MaxRetries(TopGgDeliveryFormat format) => format == TopGgDeliveryFormat.Legacy ? 10 : 3;

    /// <summary>The nominal wait before retry <paramref name="retry"/> (1-based), before scaling.</summary>
    public static TimeSpan DelayBeforeRetry(int retry) => TimeSpan.FromSeconds(Math.Pow(2, retry));
}
