using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A multiplayer match of osu!stable (a lobby).</summary>
[JsonConverter(typeof(WireModelConverter<MultiplayerMatch>))]
public sealed partial record MultiplayerMatch
{
    /// <summary>The match id.</summary>
    public long Id { get; init; }

    /// <summary>The lobby name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>When it opened.</summary>
    public DateTimeOffset StartTime { get; init; }

    /// <summary>When it closed; <see langword="null"/> while it is open.</summary>
    public DateTimeOffset? EndTime { get; init; }
}
