using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Models;

/// <summary>
/// Something that happened on the site (a user's recent activity or the global event feed). Which members are set
/// depends on <see cref="Type"/>: rank events fill <see cref="ScoreRank"/>, <see cref="Rank"/>, <see cref="Mode"/> and
/// <see cref="Beatmap"/>; beatmapset events fill <see cref="Beatmapset"/>; and so on.
/// </summary>
[JsonConverter(typeof(WireModelConverter<ActivityEvent>))]
public sealed partial record ActivityEvent
{
    /// <summary>The event id.</summary>
    public long Id { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The deprecated camelCase duplicate of <see cref="CreatedAt"/>, kept so nothing the API sends is dropped.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAtDuplicate { get; init; }

    /// <summary>The kind of event, as the API names it (kept even when <see cref="Type"/> is unknown).</summary>
    [JsonPropertyName("type")]
    public string TypeName { get => field ?? ""; init; }

    /// <summary>The kind of event.</summary>
    [JsonIgnore]
    public ActivityEventType Type => EnumWireNames<ActivityEventType>.Parse(TypeName);

    /// <summary>The grade of the score (rank events).</summary>
    [JsonPropertyName("scoreRank")]
    public string? ScoreRank { get; init; }

    /// <summary>The position reached (rank and rank-lost events).</summary>
    public int? Rank { get; init; }

    /// <summary>The mode (rank and achievement events).</summary>
    public GameMode? Mode { get; init; }

    /// <summary>The play count reached (play count events).</summary>
    public int? Count { get; init; }

    /// <summary>The status reached (approve events): <c>ranked</c>, <c>approved</c>, <c>qualified</c>, <c>loved</c>.</summary>
    public string? Approval { get; init; }

    /// <summary>The beatmap (rank, rank-lost and play count events).</summary>
    public ActivityEventLink? Beatmap { get; init; }

    /// <summary>The beatmapset (beatmapset events).</summary>
    public ActivityEventLink? Beatmapset { get; init; }

    /// <summary>The medal (achievement events).</summary>
    public Achievement? Achievement { get; init; }

    /// <summary>The user the event is about.</summary>
    public ActivityEventUser? User { get; init; }
}
