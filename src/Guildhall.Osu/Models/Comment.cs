using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A comment on a beatmapset, a build or a news post.</summary>
[JsonConverter(typeof(WireModelConverter<Comment>))]
public sealed partial record Comment
{
    /// <summary>The comment id.</summary>
    public long Id { get; init; }

    /// <summary>The comment it replies to, if any.</summary>
    public long? ParentId { get; init; }

    /// <summary>The author, if known.</summary>
    public long? UserId { get; init; }

    /// <summary>The author's name for comments imported from the old site.</summary>
    public string? LegacyName { get; init; }

    /// <summary>What it is on: <c>beatmapset</c>, <c>build</c>, <c>news_post</c>.</summary>
    public string CommentableType { get => field ?? ""; init; }

    /// <summary>The id of what it is on.</summary>
    public long CommentableId { get; init; }

    /// <summary>Whether it is pinned.</summary>
    public bool Pinned { get; init; }

    /// <summary>Replies to it.</summary>
    public int RepliesCount { get; init; }

    /// <summary>Its votes.</summary>
    public int VotesCount { get; init; }

    /// <summary>The text in markdown (absent when deleted).</summary>
    public string? Message { get; init; }

    /// <summary>The text in HTML (absent when deleted).</summary>
    public string? MessageHtml { get; init; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>When it was edited, if it was.</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>Who edited it, if anyone did.</summary>
    public long? EditedById { get; init; }
}
