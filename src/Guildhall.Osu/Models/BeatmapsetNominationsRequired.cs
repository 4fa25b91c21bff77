using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Nominations a beatmapset needs to be qualified.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetNominationsRequired>))]
public sealed partial record BeatmapsetNominationsRequired
{
    /// <summary>Nominations needed in the main mode.</summary>
    public int MainRuleset { get; init; }

    /// <summary>Nominations needed in each other mode.</summary>
    public int NonMainRuleset { get; init; }
}
