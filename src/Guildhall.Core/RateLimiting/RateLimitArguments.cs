namespace Guildhall.Core.RateLimiting;

/// <summary>The argument checks every <see cref="IRateLimitStore"/> makes, so every store refuses bad input alike.</summary>
public static class RateLimitArguments
{
    /// <summary>The longest in-flight bound a store accepts: a day, far beyond any sensible call.</summary>
    public static readonly TimeSpan MaxInFlight = TimeSpan.FromDays(1);

    /// <summary>Checks the arguments of <see cref="IRateLimitStore.TryAcquireAsync"/>.</summary>
    /// <param name="rules">The buckets: at least one, each valid.</param>
    /// <param name="maxInFlight">The in-flight bound: positive, at most <see cref="MaxInFlight"/>.</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static void CheckAcquire(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0)
        {
            throw new ArgumentException("An acquire needs at least one bucket.", nameof(rules));
        }

        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            rule.Validate();
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxInFlight, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxInFlight, MaxInFlight);
    }
}
