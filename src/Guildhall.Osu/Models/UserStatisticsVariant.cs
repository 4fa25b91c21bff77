using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Statistics of one variant of a mode (osu!mania 4K or 7K).</summary>
[JsonConverter(typeof(WireModelConverter<UserStatisticsVariant>))]
public sealed partial record UserStatisticsVariant
{
    /// <summary>The mode.</summary>
    public GameMode Mode { get; init; }

    /// <summary>The variant, <c>4k</c> or <c>7k</c>.</summary>
    public string Variant { get => field ?? ""; init; }

    /// <summary>The country rank in the variant.</summary>
    public int? CountryRank { get; init; }

    /// <summary>The global rank in the variant.</summary>
    public int? GlobalRank { get; init; }

    /// <summary>Performance points in the variant.</summary>
    public double Pp { get; init; }
}
