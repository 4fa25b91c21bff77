using System.Runtime.CompilerServices;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Tatsu;

/// <summary>
/// The default rate-limit store of a clock: the process-wide shared store for the system clock, and one store per
/// other clock (a test's fake clock), so every client in the process that uses the same key and clock shares one
/// budget without a store being passed around.
/// </summary>
internal static class TatsuRateLimitStores
{
    private static readonly ConditionalWeakTable<TimeProvider, InMemoryRateLimitStore> ByClock = [];

    public static IRateLimitStore For(TimeProvider timeProvider) =>
        timeProvider == TimeProvider.System
            ? InMemoryRateLimitStore.Shared
            : ByClock.GetValue(timeProvider, clock => new InMemoryRateLimitStore(clock));
}
