using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.TopGg.Models;

/// <summary>A bot's review summary (<c>reviews</c>).</summary>
[JsonConverter(typeof(WireModelConverter<TopGgBotReviews>))]
public sealed partial record TopGgBotReviews
{
    /// <summary>The average score (<c>averageScore</c>).</summary>
    [JsonPropertyName("averageScore")]
    public double AverageScore { get; init; }

    /// <summary>The number of reviews (<c>count</c>; the docs type it as a string, the service sends a number: both read).</summary>
    [JsonPropertyName("count")]
    public long Count { get; init; }
}
