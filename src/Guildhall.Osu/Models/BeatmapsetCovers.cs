using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A beatmapset's cover images in every size the site uses.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetCovers>))]
public sealed partial record BeatmapsetCovers
{
    /// <summary>The wide cover.</summary>
    public string? Cover { get; init; }

    /// <summary>The wide cover at double resolution.</summary>
    [JsonPropertyName("cover@2x")]
    public string? Cover2x { get; init; }

    /// <summary>The card image.</summary>
    public string? Card { get; init; }

    /// <summary>The card image at double resolution.</summary>
    [JsonPropertyName("card@2x")]
    public string? Card2x { get; init; }

    /// <summary>The list thumbnail.</summary>
    public string? List { get; init; }

    /// <summary>The list thumbnail at double resolution.</summary>
    [JsonPropertyName("list@2x")]
    public string? List2x { get; init; }

    /// <summary>The slim cover.</summary>
    public string? Slimcover { get; init; }

    /// <summary>The slim cover at double resolution.</summary>
    [JsonPropertyName("slimcover@2x")]
    public string? Slimcover2x { get; init; }
}
