using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What a match event is.</summary>
[JsonConverter(typeof(WireModelConverter<MatchEventDetail>))]
public sealed partial record MatchEventDetail
{
    /// <summary>The kind: <c>match-created</c>, <c>match-disbanded</c>, <c>player-joined</c>, <c>player-left</c>, <c>player-kicked</c>, <c>host-changed</c>, <c>other</c> (games)...</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>The text, for <c>other</c> events (the match name).</summary>
    public string? Text { get; init; }
}
