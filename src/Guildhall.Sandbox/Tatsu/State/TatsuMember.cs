
using Guildhall.Sandbox.Tatsu.Routes;

namespace Guildhall.Sandbox.Tatsu.State;

/// <summary>
/// One member of an emulated guild. Score is kept as a ledger of dated changes on top of a base earned before the
/// ledger starts, so the month and week rankings really are sums over the last 30 and 7 days of the sandbox clock.
/// Not thread-safe: <see cref="TatsuWorld"/> guards it.
/// </summary>
internal sealed class TatsuMember(ulong userId)
{
    private readonly List<(DateTimeOffset At, long Delta)> _ledger = [];

    public ulong UserId { get; } = userId;

    /// <summary>Score earned before the ledger begins; it only counts for the all-time ranking.</summary>
    public ulong BaseScore { get; set; }

    /// <summary>The guild's own currency (server points), separate from score.</summary>
    public ulong Points { get; set; }

    /// <summary>Whether the member has Manage Server, which the change routes require.</summary>
    public bool ManageGuild { get; set; }

    /// <summary>The member's score within <paramref name="timeframe"/>, never below zero.</summary>
    public ulong GetScore(TatsuTimeframe timeframe, DateTimeOffset now)
    {
        var since = TatsuTimeframes.Since(timeframe, now);
        long total = since is null ? (long)BaseScore : 0;
        foreach (var (at, delta) in _ledger)
        {
            if (since is null || at > since)
            {
                total += delta;
            }
        }

        return total > 0 ? (ulong)total : 0;
    }

    /// <summary>Records a score change at <paramref name="at"/>. A removal never takes the all-time score below zero.</summary>
    public void ChangeScore(bool add, ulong amount, DateTimeOffset at)
    {
        var delta = add ? (long)amount : -(long)Math.Min(amount, GetScore(TatsuTimeframe.All, at));
        _ledger.Add((at, delta));
    }

    /// <summary>Changes the points; a removal stops at zero, as points cannot go negative.</summary>
    public void ChangePoints(bool add, ulong amount) =>
        Points = add ? Points + amount : Points - Math.Min(amount, Points);
}
