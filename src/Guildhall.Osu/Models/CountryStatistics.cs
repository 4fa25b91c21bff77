using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A country's standing in the country ranking.</summary>
[JsonConverter(typeof(WireModelConverter<CountryStatistics>))]
public sealed partial record CountryStatistics
{
    /// <summary>The country code.</summary>
    public string Code { get => field ?? ""; init; }

    /// <summary>Active players.</summary>
    public long ActiveUsers { get; init; }

    /// <summary>Plays.</summary>
    public long PlayCount { get; init; }

    /// <summary>Ranked score.</summary>
    public long RankedScore { get; init; }

    /// <summary>Performance points.</summary>
    public double Performance { get; init; }

    /// <summary>The country.</summary>
    public Country? Country { get; init; }
}
