using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Where in a beatmap players fail or quit, in 100 equal slices of its length.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapFailtimes>))]
public sealed partial record BeatmapFailtimes
{
    /// <summary>Fails per slice.</summary>
    public IReadOnlyList<int> Fail { get => field ?? []; init; }

    /// <summary>Quits per slice.</summary>
    public IReadOnlyList<int> Exit { get => field ?? []; init; }
}
