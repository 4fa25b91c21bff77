using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Models;

/// <summary>A posted announcement, as the service returns it.</summary>
public sealed record TopGgAnnouncement
{
    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Title { get; init; }

    /// <summary>The text.</summary>
    [JsonPropertyName("content")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
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
