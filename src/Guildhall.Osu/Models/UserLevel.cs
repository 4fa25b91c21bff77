using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's level in one game mode.</summary>
[JsonConverter(typeof(WireModelConverter<UserLevel>))]
public sealed partial record UserLevel
{
    /// <summary>The current level.</summary>
    public int Current { get; init; }

    /// <summary>Progress to the next level, in percent.</summary>
    public int Progress { get; init; }
}
