using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Nomination progress of a beatmapset.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetNominationsSummary>))]
public sealed partial record BeatmapsetNominationsSummary
{
    /// <summary>Nominations received.</summary>
    public int Current { get; init; }

    /// <summary>The modes that count as the set's main modes.</summary>
    public IReadOnlyList<GameMode> EligibleMainRulesets { get => field ?? []; init; }

    /// <summary>Nominations needed per kind of mode.</summary>
    public BeatmapsetNominationsRequired? RequiredMeta { get; init; }

    /// <summary>Nominations needed, in the older shape of the summary (one number for the whole set).</summary>
    public int? Required { get; init; }
}
