using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One choice of a forum poll.</summary>
[JsonConverter(typeof(WireModelConverter<ForumPollOption>))]
public sealed partial record ForumPollOption
{
    /// <summary>The option id.</summary>
    public long Id { get; init; }

    /// <summary>The text.</summary>
    public ForumPollText? Text { get; init; }

    /// <summary>Votes for it, where shown.</summary>
    public long? VoteCount { get; init; }
}
