using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How much a top play counts toward the user's performance points.</summary>
[JsonConverter(typeof(WireModelConverter<ScoreWeight>))]
public sealed partial record ScoreWeight
{
    /// <summary>The weight in percent (100, 95, 90.25...).</summary>
    public double Percentage { get; init; }

    /// <summary>The weighted performance points.</summary>
    public double Pp { get; init; }
}
