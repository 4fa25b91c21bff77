using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A discussion (a modding thread) on a beatmapset or one of its difficulties.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDiscussion>))]
public sealed partial record BeatmapsetDiscussion
{
    /// <summary>The discussion id.</summary>
    public long Id { get; init; }

    /// <summary>The beatmapset.</summary>
    public long BeatmapsetId { get; init; }

    /// <summary>The difficulty, or <see langword="null"/> for the whole set.</summary>
    public long? BeatmapId { get; init; }

    /// <summary>Who started it.</summary>
    public long? UserId { get; init; }

    /// <summary>Who deleted it, if anyone.</summary>
    public long? DeletedById { get; init; }

    /// <summary>The kind: <c>suggestion</c>, <c>problem</c>, <c>mapper_note</c>, <c>praise</c>, <c>hype</c>, <c>review</c>.</summary>
    public string MessageType { get => field ?? ""; init; }

    /// <summary>The review it belongs to, if any.</summary>
    public long? ParentId { get; init; }

    /// <summary>The position in the map it is about (milliseconds), if any.</summary>
    public long? Timestamp { get; init; }

    /// <summary>Whether it is resolved.</summary>
    public bool Resolved { get; init; }

    /// <summary>Whether it can be resolved.</summary>
    public bool CanBeResolved { get; init; }

    /// <summary>Whether it can earn kudosu.</summary>
    public bool CanGrantKudosu { get; init; }

    /// <summary>Whether kudosu was denied.</summary>
    public bool KudosuDenied { get; init; }

    /// <summary>When it was started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>When its last post was written.</summary>
    public DateTimeOffset? LastPostAt { get; init; }

    /// <summary>Its first post, where included.</summary>
    public BeatmapsetDiscussionPost? StartingPost { get; init; }

    /// <summary>Its posts, where included.</summary>
    public IReadOnlyList<BeatmapsetDiscussionPost> Posts { get => field ?? []; init; }

    /// <summary>What the token's owner may do with it.</summary>
    public BeatmapsetDiscussionUserAttributes? CurrentUserAttributes { get; init; }
}
