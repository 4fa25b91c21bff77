using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Where a multiplayer score was set in its match.</summary>
[JsonConverter(typeof(WireModelConverter<ScoreMatchSlot>))]
public sealed partial record ScoreMatchSlot
{
    /// <summary>The player's slot.</summary>
    public int Slot { get; init; }

    /// <summary>The team: <c>none</c>, <c>red</c>, <c>blue</c>.</summary>
    public string Team { get => field ?? ""; init; }

    /// <summary>Whether the player passed.</summary>
    public bool Pass { get; init; }
}
