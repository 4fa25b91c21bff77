using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>
/// A beatmap (one difficulty of a <see cref="Beatmapset"/>). Nested in scores and sets it is the compact form; the
/// beatmap endpoints add difficulty settings, counts, fail times and the parent set.
/// </summary>
[JsonConverter(typeof(WireModelConverter<Beatmap>))]
public sealed partial record Beatmap
{
    /// <summary>The beatmap id.</summary>
    public long Id { get; init; }

    /// <summary>The beatmapset it belongs to.</summary>
    public long BeatmapsetId { get; init; }

    /// <summary>Star rating.</summary>
    public double DifficultyRating { get; init; }

    /// <summary>The mode (for a convert, the mode converted to).</summary>
    public GameMode Mode { get; init; }

    /// <summary>The ranked status.</summary>
    public RankStatus Status { get; init; }

    /// <summary>Length in seconds, breaks included.</summary>
    public int TotalLength { get; init; }

    /// <summary>The mapper's user id.</summary>
    public long UserId { get; init; }

    /// <summary>The difficulty name.</summary>
    public string Version { get => field ?? ""; init; }

    /// <summary>Whether the beatmap can only be played on lazer.</summary>
    public bool? LazerOnly { get; init; }

    /// <summary>Overall difficulty (OD).</summary>
    public double? Accuracy { get; init; }

    /// <summary>Approach rate.</summary>
    [JsonPropertyName("ar")]
    public double? ApproachRate { get; init; }

    /// <summary>Beats per minute.</summary>
    public double? Bpm { get; init; }

    /// <summary>Whether this is a conversion to another mode.</summary>
    public bool? Convert { get; init; }

    /// <summary>Hit circles.</summary>
    public int? CountCircles { get; init; }

    /// <summary>Sliders.</summary>
    public int? CountSliders { get; init; }

    /// <summary>Spinners.</summary>
    public int? CountSpinners { get; init; }

    /// <summary>Circle size (key count in osu!mania).</summary>
    [JsonPropertyName("cs")]
    public double? CircleSize { get; init; }

    /// <summary>When the beatmap was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>HP drain.</summary>
    public double? Drain { get; init; }

    /// <summary>Length in seconds without breaks.</summary>
    public int? HitLength { get; init; }

    /// <summary>Whether scores on it count.</summary>
    public bool? IsScoreable { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>The ruleset id (0 to 3).</summary>
    public int? ModeInt { get; init; }

    /// <summary>Passes.</summary>
    public long? Passcount { get; init; }

    /// <summary>Plays.</summary>
    public long? Playcount { get; init; }

    /// <summary>The ranked status as a number (-2 graveyard ... 4 loved).</summary>
    public int? Ranked { get; init; }

    /// <summary>The beatmap's page.</summary>
    public string? Url { get; init; }

    /// <summary>The MD5 checksum of the .osu file.</summary>
    public string? Checksum { get; init; }

    /// <summary>The maximum combo.</summary>
    public int? MaxCombo { get; init; }

    /// <summary>The mappers credited with the difficulty.</summary>
    public IReadOnlyList<BeatmapOwner> Owners { get => field ?? []; init; }

    /// <summary>The mapper, where included.</summary>
    public User? User { get; init; }

    /// <summary>The parent set, where included (compact, with ratings on <c>GET /beatmaps/{id}</c>).</summary>
    public Beatmapset? Beatmapset { get; init; }

    /// <summary>How often the token's owner played it.</summary>
    public int? CurrentUserPlaycount { get; init; }

    /// <summary>The tags the token's owner applied.</summary>
    public IReadOnlyList<long> CurrentUserTagIds { get => field ?? []; init; }

    /// <summary>Where players fail or quit.</summary>
    public BeatmapFailtimes? Failtimes { get; init; }

    /// <summary>The most applied user tags.</summary>
    public IReadOnlyList<BeatmapTagVotes> TopTagIds { get => field ?? []; init; }

    /// <summary>The difficulty's name and id.</summary>
    public override string ToString() => $"[{Version}] ({Id})";
}
