namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// One play as osu-web stores it since the lazer migration (a "solo score"): lazer hit statistics are the truth and the
/// legacy (stable) shape is derived from them when a client asks for the old format.
/// </summary>
internal sealed class OsuScore
{
    /// <summary>The solo score id (what <c>/scores/{id}</c> looks up).</summary>
    public required long Id { get; init; }

    /// <summary>The stable score id when the play was set on stable (what <c>/scores/{mode}/{id}</c> looks up).</summary>
    public long? LegacyScoreId { get; init; }

    public required long UserId { get; init; }

    public required long BeatmapId { get; init; }

    public required int RulesetId { get; init; }

    public required IReadOnlyList<OsuMod> Mods { get; init; }

    /// <summary>Lazer hit results (snake_case names), zeros left out as the API does.</summary>
    public required IReadOnlyDictionary<string, int> Statistics { get; init; }

    public required IReadOnlyDictionary<string, int> MaximumStatistics { get; init; }

    public required long TotalScore { get; init; }

    public required long ClassicTotalScore { get; init; }

    /// <summary>The stable score; 0 for plays set on lazer.</summary>
    public required long LegacyTotalScore { get; init; }

    public required double Accuracy { get; init; }

    public required int MaxCombo { get; init; }

    public required string Rank { get; init; }

    public required bool Passed { get; init; }

    public double? Pp { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public required bool HasReplay { get; init; }

    public required bool IsPerfectCombo { get; init; }

    public bool? LegacyPerfect { get; init; }

    public long? BuildId { get; init; }

    public int ReplayViews { get; init; }

    /// <summary>Whether the owner pinned the score to their profile.</summary>
    public bool IsPinned { get; set; }

    /// <summary>Whether the play was set on stable.</summary>
    public bool IsLegacy => LegacyScoreId is not null;
}
