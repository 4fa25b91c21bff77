namespace Guildhall.Osu.Models;

/// <summary>A beatmap or beatmapset an event links to.</summary>
public sealed record ActivityEventLink
{
    /// <summary>Its title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>Its page, relative to the site.</summary>
    public string Url { get => field ?? ""; init; }
}
