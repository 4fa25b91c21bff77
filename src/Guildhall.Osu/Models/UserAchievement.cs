namespace Guildhall.Osu.Models;

/// <summary>A medal a user unlocked.</summary>
public sealed record UserAchievement
{
    /// <summary>The medal id.</summary>
    public long AchievementId { get; init; }

    /// <summary>When it was unlocked.</summary>
    public DateTimeOffset AchievedAt { get; init; }
}
