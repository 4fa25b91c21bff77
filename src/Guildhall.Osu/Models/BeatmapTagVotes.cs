using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user tag applied to a beatmap and how many users applied it.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapTagVotes>))]
public sealed partial record BeatmapTagVotes
{
    /// <summary>The tag; see <see cref="Beatmapset.RelatedTags"/> for its name.</summary>
    public long TagId { get; init; }

    /// <summary>Users who applied it.</summary>
    public int Count { get; init; }
}
