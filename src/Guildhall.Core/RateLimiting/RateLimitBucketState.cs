namespace Guildhall.Core.RateLimiting;

/// <summary>
/// What a store knows about one bucket at a moment, and the arithmetic every store shares: how long an acquire must
/// wait, and what a snapshot shows. A store reads these facts its own way (a list in memory, a query in SQLite) and lets
/// this type decide, so every store answers alike; the Redis store does the same arithmetic in its Lua scripts.
/// </summary>
/// <param name="Occupied">Slots that still count as of now: in flight, or completed less than a window ago.</param>
/// <param name="EarliestRelease">
/// The earliest time one of those slots frees if nothing more is heard of it (a completed slot: its completion plus
/// <see cref="RateLimitRule.ReleaseDelay"/>; a slot in flight: its in-flight bound plus that); after now, or
/// <see langword="null"/> when none counts.
/// </param>
/// <param name="BlockedUntil">The end of a block after a 429, or <see langword="null"/>.</param>
/// <param name="Server">What the store keeps of the server's word about the bucket, or <see langword="null"/>.</param>
public readonly record struct RateLimitBucketState(int Occupied, DateTimeOffset? EarliestRelease, DateTimeOffset? BlockedUntil, RateLimitServerCount? Server)
{
    /// <summary>How long an acquire must wait for this bucket; zero when the rule's <see cref="RateLimitRule.Cost"/> fits now.</summary>
    /// <param name="rule">The bucket's rule, with the request's cost.</param>
    /// <param name="now">The store's current time.</param>
    public TimeSpan WaitFor(RateLimitRule rule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var wait = BlockedUntil is { } blocked && blocked > now ? blocked - now : TimeSpan.Zero;
        if (Occupied + rule.Cost > rule.Limit)
        {
            // A slot still in flight completes no earlier than now, so it frees no earlier than a window from now: that is
            // the soonest worth asking again, even when its own bound lies much further away. A request that needs more
            // than one slot to free asks again then too, and waits again if that was not enough.
            var soonest = now + rule.ReleaseDelay;
            var full = (EarliestRelease is { } release && release < soonest ? release : soonest) - now;
            wait = full > wait ? full : wait;
        }

        if (Server is { } server && server.Remaining < rule.Cost && server.ResetAt > now && server.ResetAt - now > wait)
        {
            wait = server.ResetAt - now;
        }

        return wait;
    }

    /// <summary>
    /// Decides an acquire over every bucket of a request: <see langword="null"/> when its cost fits all of them, otherwise
    /// the refusal with the longest wait of any bucket, the latest block, and whether it rests only on servers' counts
    /// (<see cref="RateLimitDecision.RestsOnServerCount"/>). A store reads each bucket's state its own way and decides
    /// here, so every store refuses alike.
    /// </summary>
    /// <typeparam name="TSource">What <paramref name="readState"/> reads from (a store, a transaction).</typeparam>
    /// <param name="rules">The request's rules, one per bucket, with its cost.</param>
    /// <param name="now">The store's current time.</param>
    /// <param name="source">Passed to <paramref name="readState"/>, so it need not capture anything.</param>
    /// <param name="readState">Reads one bucket's state as of <paramref name="now"/>.</param>
    public static RateLimitDecision? Refusal<TSource>(
        IReadOnlyList<RateLimitRule> rules, DateTimeOffset now, TSource source, Func<TSource, RateLimitRule, RateLimitBucketState> readState)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(readState);
        var wait = TimeSpan.Zero;
        DateTimeOffset? blockedUntil = null;
        var refusedOnItsOwn = false;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var state = readState(source, rule);
            var ruleWait = state.WaitFor(rule, now);
            if (ruleWait <= TimeSpan.Zero)
            {
                continue;
            }

            wait = ruleWait > wait ? ruleWait : wait;
            var blocked = state.BlockedUntil is { } end && end > now;
            refusedOnItsOwn |= blocked || state.Occupied + rule.Cost > rule.Limit;
            if (blocked && (blockedUntil is null || state.BlockedUntil > blockedUntil))
            {
                blockedUntil = state.BlockedUntil;
            }
        }

        return wait > TimeSpan.Zero ? RateLimitDecision.Refused(wait, blockedUntil) with { RestsOnServerCount = !refusedOnItsOwn } : null;
    }

    /// <summary>The bucket as a snapshot: the tighter of the local count and the server's word, the next free slot and any block.</summary>
    /// <param name="rule">The bucket's rule.</param>
    /// <param name="now">The store's current time.</param>
    public RateLimitSnapshot Snapshot(RateLimitRule rule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var wait = WaitFor(rule, now);
        var blockedUntil = BlockedUntil is { } blocked && blocked > now ? blocked : (DateTimeOffset?)null;
        var remaining = Math.Max(rule.Limit - Occupied, 0);
        if (Server is { } server && server.ResetAt > now)
        {
            remaining = Math.Min(remaining, Math.Max(server.Remaining, 0));
        }

        return new RateLimitSnapshot(rule.Key, rule.Limit, blockedUntil is null ? remaining : 0, wait > TimeSpan.Zero ? now + wait : null, blockedUntil);
    }
}
