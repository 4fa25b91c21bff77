using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One event of a match: a player joining or leaving, the host changing, a game...</summary>
[JsonConverter(typeof(WireModelConverter<MatchEvent>))]
public sealed partial record MatchEvent
{
    /// <summary>The event id.</summary>
    public long Id { get; init; }

    /// <summary>What happened.</summary>
    public MatchEventDetail? Detail { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The user it is about, if any.</summary>
    public long? UserId { get; init; }

    /// <summary>The game, for <c>other</c> events that carry one.</summary>
    public MatchGame? Game { get; init; }
}
