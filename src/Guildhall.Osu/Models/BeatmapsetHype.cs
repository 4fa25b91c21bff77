using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Hype of a pending beatmapset.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetHype>))]
public sealed partial record BeatmapsetHype
{
    /// <summary>Hype received.</summary>
    public int Current { get; init; }

    /// <summary>Hype needed before it can be nominated.</summary>
    public int Required { get; init; }
}
