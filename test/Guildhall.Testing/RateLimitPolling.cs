using Guildhall.Core.RateLimiting;

namespace Guildhall.Testing;

/// <summary>Acquiring on the real clock, for tests of stores that keep time by it (Redis's TIME, a file on the system clock).</summary>
public static class RateLimitPolling
{
    /// <summary>
    /// Acquires, waiting after each refusal for as long as the store says, at most 50 times: a real timer may fire a
    /// hair early, so one wait is not always enough, and the test must not depend on that.
    /// </summary>
    public static async Task<RateLimitDecision> UntilGrantedAsync(IRateLimitStore store, RateLimitRule rule)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var decision = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(5));
            if (decision.Acquired)
            {
                return decision;
            }

            await Task.Delay(decision.RetryAfter);
        }

        throw new TimeoutException($"{rule.Key} was still refused after 50 waits.");
    }
}
