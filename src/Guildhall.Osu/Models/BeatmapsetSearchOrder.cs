using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How a beatmapset search was sorted (<c>search</c> of the response).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetSearchOrder>))]
public sealed partial record BeatmapsetSearchOrder
{
    /// <summary>The sort applied, for example <c>relevance_desc</c>.</summary>
    public string Sort { get => field ?? ""; init; }
}
