
using Guildhall.Sandbox.Tatsu.Routes;

namespace Guildhall.Sandbox.Tatsu.State;

/// <summary>An emulated guild with Tatsu in it. Not thread-safe: <see cref="TatsuWorld"/> guards it.</summary>
internal sealed class TatsuGuild(ulong id, string name, ulong ownerId)
{
    public ulong Id { get; } = id;

    public string Name { get; set; } = name;

    /// <summary>The guild owner, who may change points and score without an explicit Manage Server.</summary>
    public ulong OwnerId { get; set; } = ownerId;

    public Dictionary<ulong, TatsuMember> Members { get; } = [];

    /// <summary>Whether <paramref name="userId"/> may change points and score here (owner or Manage Server).</summary>
    public bool CanManage(ulong userId) =>
        userId == OwnerId || (Members.TryGetValue(userId, out var member) && member.ManageGuild);

    /// <summary>
    /// The members ordered as the leaderboard shows them: highest score first, ties broken by the lower user id so the
    /// order is stable across pages.
    /// </summary>
    public List<(TatsuMember Member, ulong Score)> Rank(TatsuTimeframe timeframe, DateTimeOffset now) =>
        [.. Members.Values
            .Select(member => (Member: member, Score: member.GetScore(timeframe, now)))
            .OrderByDescending(entry => entry.Score)
            .ThenBy(entry => entry.Member.UserId)];

    /// <summary>The 1-based rank of <paramref name="userId"/> within <paramref name="timeframe"/>.</summary>
    public long RankOf(ulong userId, TatsuTimeframe timeframe, DateTimeOffset now) =>
        Rank(timeframe, now).FindIndex(entry => entry.Member.UserId == userId) + 1;
}
