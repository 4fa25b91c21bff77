using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Models;

/// <summary>
/// Something that happened to a beatmapset in the ranking process or its discussion (a nomination, a qualification, a
/// resolved issue, kudosu...). Kinds this version does not know read as <see cref="BeatmapsetEventType.Unknown"/>; the
/// raw name stays in <see cref="TypeName"/>, and <see cref="Comment"/> keeps whatever details the kind carries.
/// </summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetEvent>))]
public sealed partial record BeatmapsetEvent
{
    /// <summary>The event id.</summary>
    public long Id { get; init; }

    /// <summary>The kind of event, as the API names it (kept even when <see cref="Type"/> is unknown).</summary>
    [JsonPropertyName("type")]
    public string TypeName { get => field ?? ""; init; }

    /// <summary>The kind of event.</summary>
    [JsonIgnore]
    public BeatmapsetEventType Type => EnumWireNames<BeatmapsetEventType>.Parse(TypeName);

    /// <summary>
    /// The kind's details as sent: for example the discussion and post ids of a disqualification, the old and new genre
    /// of a genre edit, the modes of a nomination; <see langword="null"/> when the kind has none.
    /// </summary>
    public JsonElement? Comment { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who caused it, if anyone (system events have none).</summary>
    public long? UserId { get; init; }

    /// <summary>The beatmapset.</summary>
    public Beatmapset? Beatmapset { get; init; }

    /// <summary>The discussion it is about, if any, with its starting post.</summary>
    public BeatmapsetDiscussion? Discussion { get; init; }
}
