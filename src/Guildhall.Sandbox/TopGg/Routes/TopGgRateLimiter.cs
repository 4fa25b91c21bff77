using System.Collections.Concurrent;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Kit;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// The server side of Top.gg's limits, per token: 100 requests/second everywhere and 60/minute on <c>/bots/*</c>.
/// The request that exceeds a limit is refused and blocks the token for
/// <see cref="SandboxOptions.TopGgBlockDuration"/> (one hour on the real service); every request during the block is
/// refused with the remaining time. Refused requests do not count against the limits; every arrival goes to the
/// host's <see cref="SandboxRateCounters"/>.
/// </summary>
internal sealed class TopGgRateLimiter(SandboxOptions options, TimeProvider clock, SandboxRateCounters counters)
{
    private readonly ConcurrentDictionary<string, TopGgTokenRateState> _states = new(StringComparer.Ordinal);

    public TopGgRateLimitVerdict TryAcquire(string token, bool botsRoute)
    {
        var now = clock.GetUtcNow();
        var verdict = options.EnforceRateLimits ? Decide(token, botsRoute, now) : TopGgRateLimitVerdict.Allow;
        counters.Record("topgg", "global", token, TopGgTokenRateState.GlobalLimit, TopGgTokenRateState.GlobalWindow, now, verdict.Allowed);
        if (botsRoute)
        {
            counters.Record("topgg", "bots", token, TopGgTokenRateState.BotsLimit, TopGgTokenRateState.BotsWindow, now, verdict.Allowed);
        }

        return verdict;
    }

    private TopGgRateLimitVerdict Decide(string token, bool botsRoute, DateTimeOffset now)
    {
        var state = _states.GetOrAdd(token, _ => new TopGgTokenRateState());
        lock (state.Gate)
        {
            if (state.BlockedUntil is { } until && now < until)
            {
                return TopGgRateLimitVerdict.Deny(until - now);
            }

            if (state.Global.Count(now) >= TopGgTokenRateState.GlobalLimit || (botsRoute && state.Bots.Count(now) >= TopGgTokenRateState.BotsLimit))
            {
                // The block replaces the windows: once it ends the token starts afresh, even if the block is
                // configured shorter than a window.
                state.BlockedUntil = now + options.TopGgBlockDuration;
                state.Global.Clear();
                state.Bots.Clear();
                return TopGgRateLimitVerdict.Deny(options.TopGgBlockDuration);
            }

            state.Global.Add(now);
            if (botsRoute)
            {
                state.Bots.Add(now);
            }

            return TopGgRateLimitVerdict.Allow;
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
