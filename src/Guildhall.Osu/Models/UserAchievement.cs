using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A medal a user unlocked.</summary>
[JsonConverter(typeof(WireModelConverter<UserAchievement>))]
public sealed partial record UserAchievement
{
    /// <summary>The medal id.</summary>
    public long AchievementId { get; init; }

    /// <summary>When it was unlocked.</summary>
    public DateTimeOffset AchievedAt { get; init; }
}
