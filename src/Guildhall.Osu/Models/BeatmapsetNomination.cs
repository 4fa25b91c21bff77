using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A nomination a beatmapset currently holds.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetNomination>))]
public sealed partial record BeatmapsetNomination
{
    /// <summary>The beatmapset.</summary>
    public long BeatmapsetId { get; init; }

    /// <summary>The nominator.</summary>
    public long UserId { get; init; }

    /// <summary>The modes nominated, or <see langword="null"/> for a single-mode set.</summary>
    public IReadOnlyList<GameMode>? Rulesets { get; init; }

    /// <summary>Whether the nomination was reset.</summary>
    public bool Reset { get; init; }
}
