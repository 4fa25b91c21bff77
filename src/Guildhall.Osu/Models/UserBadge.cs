using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A profile badge.</summary>
[JsonConverter(typeof(WireModelConverter<UserBadge>))]
public sealed partial record UserBadge
{
    /// <summary>When it was awarded.</summary>
    public DateTimeOffset? AwardedAt { get; init; }

    /// <summary>What it is for.</summary>
    public string Description { get => field ?? ""; init; }

    /// <summary>The image.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The double-resolution image.</summary>
    [JsonPropertyName("image@2x_url")]
    public string? Image2xUrl { get; init; }

    /// <summary>A link about the badge, if any (the API sends <c>""</c> for none).</summary>
    public string? Url { get; init; }
}
