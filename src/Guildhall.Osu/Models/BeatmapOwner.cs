using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A mapper credited with a difficulty.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapOwner>))]
public sealed partial record BeatmapOwner
{
    /// <summary>The user id.</summary>
    public long Id { get; init; }

    /// <summary>The username.</summary>
    public string Username { get => field ?? ""; init; }
}
