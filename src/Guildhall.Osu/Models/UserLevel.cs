namespace Guildhall.Osu.Models;

/// <summary>A user's level in one game mode.</summary>
public sealed record UserLevel
{
    /// <summary>The current level.</summary>
    public int Current { get; init; }

    /// <summary>Progress to the next level, in percent.</summary>
    public int Progress { get; init; }
}
