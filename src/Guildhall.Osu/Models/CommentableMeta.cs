using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What a comment is on, as a comment bundle describes it (only <see cref="Title"/> for a deleted item).</summary>
[JsonConverter(typeof(WireModelConverter<CommentableMeta>))]
public sealed partial record CommentableMeta
{
    /// <summary>The id.</summary>
    public long? Id { get; init; }

    /// <summary>The kind: <c>beatmapset</c>, <c>build</c>, <c>news_post</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The address.</summary>
    public string? Url { get; init; }

    /// <summary>Whether commenting is locked.</summary>
    public bool? Locked { get; init; }

    /// <summary>The owner (a beatmapset's mapper), if any.</summary>
    public long? OwnerId { get; init; }

    /// <summary>What the owner is called (<c>MAPPER</c>), if any.</summary>
    public string? OwnerTitle { get; init; }

    /// <summary>What the token's owner may do.</summary>
    public CommentableUserAttributes? CurrentUserAttributes { get; init; }
}
