using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A forum post.</summary>
[JsonConverter(typeof(WireModelConverter<ForumPost>))]
public sealed partial record ForumPost
{
    /// <summary>The post id.</summary>
    public long Id { get; init; }

    /// <summary>The topic.</summary>
    public long TopicId { get; init; }

    /// <summary>The forum.</summary>
    public long ForumId { get; init; }

    /// <summary>The author.</summary>
    public long UserId { get; init; }

    /// <summary>When it was posted.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>When it was last edited, if it was.</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>Who edited it last, if anyone did.</summary>
    public long? EditedById { get; init; }

    /// <summary>The text, where included.</summary>
    public ForumPostBody? Body { get; init; }
}
