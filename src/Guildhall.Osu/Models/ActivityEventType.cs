using System.Text.Json.Serialization;

namespace Guildhall.Osu.Models;

/// <summary>The kind of a user's or the site's activity event. Unknown values read as <see cref="Unknown"/>; the raw name stays in <see cref="ActivityEvent.TypeName"/>.</summary>
public enum ActivityEventType
{
    /// <summary>A kind this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>A medal was unlocked.</summary>
    [JsonStringEnumMemberName("achievement")]
    Achievement,

    /// <summary>A beatmap reached a play count milestone.</summary>
    [JsonStringEnumMemberName("beatmapPlaycount")]
    BeatmapPlaycount,

    /// <summary>A beatmapset was ranked, approved, qualified or loved.</summary>
    [JsonStringEnumMemberName("beatmapsetApprove")]
    BeatmapsetApprove,

    /// <summary>A beatmapset was deleted.</summary>
    [JsonStringEnumMemberName("beatmapsetDelete")]
    BeatmapsetDelete,

    /// <summary>A beatmapset was revived from the graveyard.</summary>
    [JsonStringEnumMemberName("beatmapsetRevive")]
    BeatmapsetRevive,

    /// <summary>A beatmapset was updated.</summary>
    [JsonStringEnumMemberName("beatmapsetUpdate")]
    BeatmapsetUpdate,

    /// <summary>A beatmapset was submitted.</summary>
    [JsonStringEnumMemberName("beatmapsetUpload")]
    BeatmapsetUpload,

    /// <summary>A user set a top-1000 score.</summary>
    [JsonStringEnumMemberName("rank")]
    Rank,

    /// <summary>A user lost first place.</summary>
    [JsonStringEnumMemberName("rankLost")]
    RankLost,

    /// <summary>A user bought osu!supporter again.</summary>
    [JsonStringEnumMemberName("userSupportAgain")]
    UserSupportAgain,

    /// <summary>A user bought osu!supporter for the first time.</summary>
    [JsonStringEnumMemberName("userSupportFirst")]
    UserSupportFirst,

    /// <summary>A user was given osu!supporter.</summary>
    [JsonStringEnumMemberName("userSupportGift")]
    UserSupportGift,

    /// <summary>A user changed their name.</summary>
    [JsonStringEnumMemberName("usernameChange")]
    UsernameChange,
}
