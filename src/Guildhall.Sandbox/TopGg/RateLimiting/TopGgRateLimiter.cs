using System.Collections.Concurrent;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.RateLimits;

namespace Guildhall.Sandbox.TopGg.RateLimiting;

/// <summary>
/// The server side of Top.gg's limits, per token: 100 requests/second everywhere and 60/minute on <c>/bots/*</c>.
/// The request that exceeds a limit is refused and blocks the token for
/// <see cref="SandboxOptions.TopGgBlockDuration"/> (one hour on the real service); every request during the block is
/// refused with the remaining time. Refused requests do not count against the limits; every arrival goes to the
/// host's <see cref="SandboxRateCounters"/>.
/// </summary>
internal sealed class TopGgRateLimiter(SandboxOptions options, TimeProvider clock, SandboxRateCounters counters)
{
    private readonly ConcurrentDictionary<string, TokenRateState> _states = new(StringComparer.Ordinal);

    public RateLimitVerdict TryAcquire(string token, bool botsRoute)
    {
        var now = clock.GetUtcNow();
        var verdict = options.EnforceRateLimits ? Decide(token, botsRoute, now) : RateLimitVerdict.Allow;
        counters.Record("topgg", "global", token, TokenRateState.GlobalLimit, TokenRateState.GlobalWindow, now, verdict.Allowed);
        if (botsRoute)
        {
            counters.Record("topgg", "bots", token, TokenRateState.BotsLimit, TokenRateState.BotsWindow, now, verdict.Allowed);
        }

        return verdict;
    }

    private RateLimitVerdict Decide(string token, bool botsRoute, DateTimeOffset now)
    {
        var state = _states.GetOrAdd(token, _ => new TokenRateState());
        lock (state.Gate)
        {
            if (state.BlockedUntil is { } until && now < until)
            {
                return RateLimitVerdict.Deny(until - now);
            }

            if (state.Global.IsFull(now) || (botsRoute && state.Bots.IsFull(now)))
            {
                // The block replaces the windows: once it ends the token starts afresh, even if the block is
                // configured shorter than a window.
                state.BlockedUntil = now + options.TopGgBlockDuration;
                state.Global.Clear();
                state.Bots.Clear();
                return RateLimitVerdict.Deny(options.TopGgBlockDuration);
            }

            state.Global.Record(now);
            if (botsRoute)
            {
                state.Bots.Record(now);
            }

            return RateLimitVerdict.Allow;
        }
    }

    /// <summary>Forgets the counters and block of one token, or of all tokens.</summary>
    /// <returns>How many tokens were reset.</returns>
    public int Reset(string? token)
    {
        if (token is not null)
        {
            return _states.TryRemove(token, out _) ? 1 : 0;
        }

        var count = _states.Count;
        _states.Clear();
        return count;
    }
}
