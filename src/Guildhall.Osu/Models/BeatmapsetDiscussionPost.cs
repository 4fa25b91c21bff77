using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A post in a beatmapset discussion.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDiscussionPost>))]
public sealed partial record BeatmapsetDiscussionPost
{
    /// <summary>The post id.</summary>
    public long Id { get; init; }

    /// <summary>The discussion.</summary>
    public long BeatmapsetDiscussionId { get; init; }

    /// <summary>The author.</summary>
    public long? UserId { get; init; }

    /// <summary>Who last edited it, if anyone.</summary>
    public long? LastEditorId { get; init; }

    /// <summary>Who deleted it, if anyone.</summary>
    public long? DeletedById { get; init; }

    /// <summary>Whether the site wrote it (a resolve or reopen).</summary>
    public bool System { get; init; }

    /// <summary>The text (a JSON object as text for system posts).</summary>
    public string Message { get => field ?? ""; init; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }
}
