namespace Guildhall.Osu.Models;

/// <summary>Hype of a pending beatmapset.</summary>
public sealed record BeatmapsetHype
{
    /// <summary>Hype received.</summary>
    public int Current { get; init; }

    /// <summary>Hype needed before it can be nominated.</summary>
    public int Required { get; init; }
}
