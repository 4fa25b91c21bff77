
namespace Guildhall.Sandbox.Osu.State;

/// <summary>What a seeded difficulty is: its id, ruleset, star rating, name, mappers (the first is its <c>user_id</c>) and tags.</summary>
internal sealed record OsuDifficultyPlan(long Id, int RulesetId, double Stars, string Version, IReadOnlyList<OsuUser> Owners)
{
    /// <summary>Indexes into <see cref="OsuBeatmapTags"/> of the tags players voted onto the difficulty.</summary>
    public IReadOnlyList<int> TopTags { get; init; } = [];
}
