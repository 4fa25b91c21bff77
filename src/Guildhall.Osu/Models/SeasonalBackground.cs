using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One seasonal background and its artist.</summary>
[JsonConverter(typeof(WireModelConverter<SeasonalBackground>))]
public sealed partial record SeasonalBackground
{
    /// <summary>The image.</summary>
    public string Url { get => field ?? ""; init; }

    /// <summary>The artist.</summary>
    public User? User { get; init; }
}
