using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A forum topic's poll.</summary>
[JsonConverter(typeof(WireModelConverter<ForumPoll>))]
public sealed partial record ForumPoll
{
    /// <summary>The question.</summary>
    public ForumPollText? Title { get; init; }

    /// <summary>The choices.</summary>
    public IReadOnlyList<ForumPollOption> Options { get => field ?? []; init; }

    /// <summary>How many choices a voter may pick.</summary>
    public int MaxVotes { get; init; }

    /// <summary>Whether a vote may be changed.</summary>
    public bool AllowVoteChange { get; init; }

    /// <summary>Whether results stay hidden until the poll ends.</summary>
    public bool HideIncompleteResults { get; init; }

    /// <summary>When it opened.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it closes, if it does.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When the last vote was cast.</summary>
    public DateTimeOffset? LastVoteAt { get; init; }

    /// <summary>Votes cast, where shown.</summary>
    public long? TotalVoteCount { get; init; }
}
