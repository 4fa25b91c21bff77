using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How many ranked plays reached each grade.</summary>
[JsonConverter(typeof(WireModelConverter<GradeCounts>))]
public sealed partial record GradeCounts
{
    /// <summary>SS grades.</summary>
    public int Ss { get; init; }

    /// <summary>Silver SS grades.</summary>
    public int Ssh { get; init; }

    /// <summary>S grades.</summary>
    public int S { get; init; }

    /// <summary>Silver S grades.</summary>
    public int Sh { get; init; }

    /// <summary>A grades.</summary>
    public int A { get; init; }
}
