using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Models;

/// <summary>An announcement to post on the project's page (<c>POST /v1/projects/@me/announcements</c>; at most one per 4 hours).</summary>
public sealed record TopGgNewAnnouncement
{
    /// <summary>The title (3 to 100 characters).</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The text (10 to 2,000 characters).</summary>
    [JsonPropertyName("content")]
    public required string Content { get; init; }

    /// <summary>The category; <see cref="TopGgAnnouncementCategory.Unknown"/> (the default) sends none and lets Top.gg choose.</summary>
    [JsonPropertyName("category")]
    [JsonConverter(typeof(TolerantEnumConverter<TopGgAnnouncementCategory>))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TopGgAnnouncementCategory Category { get; init; }

    /// <summary>Checks the lengths the service documents, so a bad announcement fails before it costs the 4-hour slot.</summary>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(Content);
        if (Title.Length is < 3 or > 100)
        {
            throw new ArgumentException($"An announcement title must be 3 to 100 characters long, not {Title.Length}.", nameof(Title));
        }

        if (Content.Length is < 10 or > 2000)
        {
            throw new ArgumentException($"An announcement must be 10 to 2,000 characters long, not {Content.Length}.", nameof(Content));
        }
    }
}
