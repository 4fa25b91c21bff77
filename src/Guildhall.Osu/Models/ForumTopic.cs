using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A forum topic.</summary>
[JsonConverter(typeof(WireModelConverter<ForumTopic>))]
public sealed partial record ForumTopic
{
    /// <summary>The topic id.</summary>
    public long Id { get; init; }

    /// <summary>The forum.</summary>
    public long ForumId { get; init; }

    /// <summary>Who opened it.</summary>
    public long UserId { get; init; }

    /// <summary>The title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The kind: <c>normal</c>, <c>sticky</c>, <c>announcement</c>.</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>Whether replies are closed.</summary>
    public bool IsLocked { get; init; }

    /// <summary>The opening post.</summary>
    public long FirstPostId { get; init; }

    /// <summary>The newest post.</summary>
    public long LastPostId { get; init; }

    /// <summary>How many posts it holds.</summary>
    public int PostCount { get; init; }

    /// <summary>How often it was viewed.</summary>
    public long Views { get; init; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Its poll, if it has one.</summary>
    public ForumPoll? Poll { get; init; }
}
