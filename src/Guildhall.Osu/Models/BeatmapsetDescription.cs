namespace Guildhall.Osu.Models;

/// <summary>A beatmapset's description.</summary>
public sealed record BeatmapsetDescription
{
    /// <summary>The description rendered as HTML.</summary>
    public string Description { get => field ?? ""; init; }
}
