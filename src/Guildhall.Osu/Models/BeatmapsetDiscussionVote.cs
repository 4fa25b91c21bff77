using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A vote on a beatmapset discussion.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDiscussionVote>))]
public sealed partial record BeatmapsetDiscussionVote
{
    /// <summary>The vote id.</summary>
    public long Id { get; init; }

    /// <summary>The discussion.</summary>
    public long BeatmapsetDiscussionId { get; init; }

    /// <summary>Who voted.</summary>
    public long UserId { get; init; }

    /// <summary><c>1</c> up, <c>-1</c> down.</summary>
    public int Score { get; init; }

    /// <summary>When they voted.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When they last changed the vote.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
