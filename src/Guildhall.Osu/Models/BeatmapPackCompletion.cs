using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How far the token's owner completed a beatmap pack.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapPackCompletion>))]
public sealed partial record BeatmapPackCompletion
{
    /// <summary>The sets they completed.</summary>
    public IReadOnlyList<long> BeatmapsetIds { get => field ?? []; init; }

    /// <summary>Whether they completed the pack.</summary>
    public bool Completed { get; init; }
}
