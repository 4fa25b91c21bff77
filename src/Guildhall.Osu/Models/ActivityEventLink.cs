using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A beatmap or beatmapset an event links to.</summary>
[JsonConverter(typeof(WireModelConverter<ActivityEventLink>))]
public sealed partial record ActivityEventLink
{
    /// <summary>Its title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>Its page, relative to the site.</summary>
    public string Url { get => field ?? ""; init; }
}
