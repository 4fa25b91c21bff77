using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Models;

/// <summary>
/// A score in either of the API's formats. The client's <see cref="OsuScoreFormat"/> chooses which one the API sends
/// (it keys the shape on <c>x-api-version</c>): members marked "legacy" are filled only in the legacy format, members
/// marked "lazer" only in the lazer format, the rest in both. <see cref="Format"/>, <see cref="Ruleset"/> and
/// <see cref="Timestamp"/> read the right member whichever format arrived.
/// </summary>
[JsonConverter(typeof(WireModelConverter<Score>))]
public sealed partial record Score
{
    /// <summary>
    /// The score id. Legacy format: the stable score id when the play was set on stable, otherwise the lazer id. Lazer
    /// format: always the lazer (solo) id; the stable id is <see cref="LegacyScoreId"/>.
    /// </summary>
    public long Id { get; init; }

    /// <summary>The player.</summary>
    public long UserId { get; init; }

    /// <summary>Accuracy (0 to 1).</summary>
    public double Accuracy { get; init; }

    /// <summary>The highest combo reached.</summary>
    public int MaxCombo { get; init; }

    /// <summary>Whether the play was passed.</summary>
    public bool Passed { get; init; }

    /// <summary>Performance points, or <see langword="null"/> when the score gives none.</summary>
    public double? Pp { get; init; }

    /// <summary>The grade.</summary>
    public ScoreRank Rank { get; init; }

    /// <summary>Whether a replay can be downloaded.</summary>
    public bool? Replay { get; init; }

    /// <summary>The score's kind as the API names it: <c>solo_score</c>, <c>score_best_osu</c>, <c>score_osu</c>...</summary>
    public string? Type { get; init; }

    /// <summary>The id of the player's best score on the beatmap this one belongs to, if it is one.</summary>
    public long? BestId { get; init; }

    /// <summary>The mods (acronyms in the legacy format, acronyms with settings in the lazer format).</summary>
    [JsonConverter(typeof(ModListConverter))]
    public IReadOnlyList<GameMod> Mods { get => field ?? []; init; }

    /// <summary>Hit counts.</summary>
    public ScoreStatistics? Statistics { get; init; }

    /// <summary>What the token's owner has to do with the score.</summary>
    public ScoreUserAttributes? CurrentUserAttributes { get; init; }

    /// <summary>The beatmap, where included.</summary>
    public Beatmap? Beatmap { get; init; }

    /// <summary>The beatmapset, where included (compact).</summary>
    public Beatmapset? Beatmapset { get; init; }

    /// <summary>The player, where included.</summary>
    public User? User { get; init; }

    /// <summary>The weight toward the player's performance points (best scores only).</summary>
    public ScoreWeight? Weight { get; init; }

    /// <summary>The global rank of the score on its beatmap (single-score lookups).</summary>
    public int? RankGlobal { get; init; }

    /// <summary>The country rank of the score on its beatmap (single-score lookups).</summary>
    public int? RankCountry { get; init; }

    /// <summary>How often the replay was watched (single-score lookups).</summary>
    public long? ReplayViews { get; init; }

    /// <summary>Legacy: the score value (stable's scoring).</summary>
    [JsonPropertyName("score")]
    public long? Points { get; init; }

    /// <summary>Legacy: when the score was set.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Legacy: the mode.</summary>
    public GameMode? Mode { get; init; }

    /// <summary>Legacy: the ruleset id (0 to 3).</summary>
    public int? ModeInt { get; init; }

    /// <summary>Legacy: whether the combo was perfect.</summary>
    public bool? Perfect { get; init; }

    /// <summary>Lazer: the ruleset id (0 to 3).</summary>
    public int? RulesetId { get; init; }

    /// <summary>Lazer: the beatmap id.</summary>
    public long? BeatmapId { get; init; }

    /// <summary>Lazer: the game build that submitted it, or <see langword="null"/> for an import from stable.</summary>
    public long? BuildId { get; init; }

    /// <summary>Lazer: the score with lazer's scoring (standardised, up to 1,000,000 without mods).</summary>
    public long? TotalScore { get; init; }

    /// <summary>Lazer: the score in lazer's classic display mode.</summary>
    public long? ClassicTotalScore { get; init; }

    /// <summary>Lazer: the score stable gave it, for plays set on stable.</summary>
    public long? LegacyTotalScore { get; init; }

    /// <summary>Lazer: the score before mod multipliers.</summary>
    public long? TotalScoreWithoutMods { get; init; }

    /// <summary>Lazer: the stable score id, for plays set on stable.</summary>
    public long? LegacyScoreId { get; init; }

    /// <summary>Lazer: when the play started, if known.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Lazer: when the play ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Lazer: whether a replay is stored.</summary>
    public bool? HasReplay { get; init; }

    /// <summary>Lazer: whether the combo was perfect.</summary>
    public bool? IsPerfectCombo { get; init; }

    /// <summary>Lazer: whether stable would have called the combo perfect.</summary>
    public bool? LegacyPerfect { get; init; }

    /// <summary>Lazer: whether the score is kept (best or pinned).</summary>
    public bool? Preserve { get; init; }

    /// <summary>Lazer: whether the score was processed for statistics.</summary>
    public bool? Processed { get; init; }

    /// <summary>Lazer: whether the score counts for rankings.</summary>
    public bool? Ranked { get; init; }

    /// <summary>Lazer: the best possible hit counts on the beatmap.</summary>
    public ScoreStatistics? MaximumStatistics { get; init; }

    /// <summary>Where the score was set in a stable multiplayer match (match games only).</summary>
    public ScoreMatchSlot? Match { get; init; }

    /// <summary>The room of a lazer multiplayer score (playlist scores only).</summary>
    public long? RoomId { get; init; }

    /// <summary>The playlist item of a lazer multiplayer score (playlist scores only).</summary>
    public long? PlaylistItemId { get; init; }

    /// <summary>The solo score id of a lazer multiplayer score (playlist scores only).</summary>
    public long? SoloScoreId { get; init; }

    /// <summary>The format the API answered in: lazer scores carry a ruleset id, legacy ones a mode.</summary>
    [JsonIgnore]
    public OsuScoreFormat Format => RulesetId is not null || TotalScore is not null ? OsuScoreFormat.Lazer : OsuScoreFormat.Legacy;

    /// <summary>The game mode, from <see cref="Mode"/>, <see cref="ModeInt"/> or <see cref="RulesetId"/>.</summary>
    [JsonIgnore]
    public GameMode Ruleset => Mode ?? GameModes.FromRulesetId(RulesetId ?? ModeInt ?? -1);

    /// <summary>When the score was set: <see cref="EndedAt"/> (lazer) or <see cref="CreatedAt"/> (legacy).</summary>
    [JsonIgnore]
    public DateTimeOffset? Timestamp => EndedAt ?? CreatedAt;
}
