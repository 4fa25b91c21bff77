using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.TopGg.Models;

/// <summary>A posted announcement, as the service returns it.</summary>
[JsonConverter(typeof(WireModelConverter<TopGgAnnouncement>))]
public sealed partial record TopGgAnnouncement
{
    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The text.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>The category, when the service says.</summary>
    [JsonPropertyName("category")]
    [JsonConverter(typeof(TolerantEnumConverter<TopGgAnnouncementCategory>))]
    public TopGgAnnouncementCategory Category { get; init; }

    /// <summary>When it was posted.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(NullableFlexibleDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }
}
