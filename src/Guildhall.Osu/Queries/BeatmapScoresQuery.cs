namespace Guildhall.Osu.Queries;

/// <summary>Options of a beatmap's leaderboard.</summary>
public sealed record BeatmapScoresQuery
{
    /// <summary>The mode (for converts); <see langword="null"/> means the beatmap's own.</summary>
    public Models.GameMode? Mode { get; init; }

    /// <summary>Only scores with exactly these mods (acronyms, osu!supporter only); empty means any.</summary>
    public IReadOnlyList<string> Mods { get; init; } = [];

    /// <summary>The leaderboard. Default global.</summary>
    public BeatmapScoreboardType Type { get; init; } = BeatmapScoreboardType.Global;

    /// <summary>How many scores (1 to 100); <see langword="null"/> means the API's default of 50.</summary>
    public int? Limit { get; init; }

    /// <summary>Whether only scores set on stable count. Default no.</summary>
    public bool LegacyOnly { get; init; }

    /// <summary>The score format; <see langword="null"/> uses <see cref="OsuClientOptions.ScoreFormat"/>.</summary>
    public OsuScoreFormat? Format { get; init; }
}
