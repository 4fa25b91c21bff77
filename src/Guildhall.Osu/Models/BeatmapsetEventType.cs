using System.Text.Json.Serialization;

namespace Guildhall.Osu.Models;

/// <summary>The kind of a <see cref="BeatmapsetEvent"/>. Unknown values read as <see cref="Unknown"/>; the raw name stays in <see cref="BeatmapsetEvent.TypeName"/>.</summary>
public enum BeatmapsetEventType
{
    /// <summary>A kind this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>A nominator nominated the set.</summary>
    [JsonStringEnumMemberName("nominate")]
    Nominate,

    /// <summary>The set was loved.</summary>
    [JsonStringEnumMemberName("love")]
    Love,

    /// <summary>The set was removed from loved.</summary>
    [JsonStringEnumMemberName("remove_from_loved")]
    RemoveFromLoved,

    /// <summary>The set was qualified.</summary>
    [JsonStringEnumMemberName("qualify")]
    Qualify,

    /// <summary>The set was disqualified.</summary>
    [JsonStringEnumMemberName("disqualify")]
    Disqualify,

    /// <summary>The set was approved.</summary>
    [JsonStringEnumMemberName("approve")]
    Approve,

    /// <summary>The set was ranked.</summary>
    [JsonStringEnumMemberName("rank")]
    Rank,

    /// <summary>Kudosu was allowed again for a discussion.</summary>
    [JsonStringEnumMemberName("kudosu_allow")]
    KudosuAllow,

    /// <summary>Kudosu was denied for a discussion.</summary>
    [JsonStringEnumMemberName("kudosu_deny")]
    KudosuDeny,

    /// <summary>A user gained kudosu from a discussion.</summary>
    [JsonStringEnumMemberName("kudosu_gain")]
    KudosuGain,

    /// <summary>A user lost kudosu from a discussion.</summary>
    [JsonStringEnumMemberName("kudosu_lost")]
    KudosuLost,

    /// <summary>A discussion's kudosu was recalculated.</summary>
    [JsonStringEnumMemberName("kudosu_recalculate")]
    KudosuRecalculate,

    /// <summary>A problem was resolved.</summary>
    [JsonStringEnumMemberName("issue_resolve")]
    IssueResolve,

    /// <summary>A problem was reopened.</summary>
    [JsonStringEnumMemberName("issue_reopen")]
    IssueReopen,

    /// <summary>The set's discussion was locked.</summary>
    [JsonStringEnumMemberName("discussion_lock")]
    DiscussionLock,

    /// <summary>The set's discussion was unlocked.</summary>
    [JsonStringEnumMemberName("discussion_unlock")]
    DiscussionUnlock,

    /// <summary>A discussion was deleted.</summary>
    [JsonStringEnumMemberName("discussion_delete")]
    DiscussionDelete,

    /// <summary>A discussion was restored.</summary>
    [JsonStringEnumMemberName("discussion_restore")]
    DiscussionRestore,

    /// <summary>A discussion post was deleted.</summary>
    [JsonStringEnumMemberName("discussion_post_delete")]
    DiscussionPostDelete,

    /// <summary>A discussion post was restored.</summary>
    [JsonStringEnumMemberName("discussion_post_restore")]
    DiscussionPostRestore,

    /// <summary>The nominations were reset.</summary>
    [JsonStringEnumMemberName("nomination_reset")]
    NominationReset,

    /// <summary>A nominator's nomination was reset (their side of a reset).</summary>
    [JsonStringEnumMemberName("nomination_reset_received")]
    NominationResetReceived,

    /// <summary>The genre was changed.</summary>
    [JsonStringEnumMemberName("genre_edit")]
    GenreEdit,

    /// <summary>The language was changed.</summary>
    [JsonStringEnumMemberName("language_edit")]
    LanguageEdit,

    /// <summary>The explicit-content flag was changed.</summary>
    [JsonStringEnumMemberName("nsfw_toggle")]
    NsfwToggle,

    /// <summary>The online offset was changed.</summary>
    [JsonStringEnumMemberName("offset_edit")]
    OffsetEdit,

    /// <summary>The tags were changed.</summary>
    [JsonStringEnumMemberName("tags_edit")]
    TagsEdit,

    /// <summary>A difficulty's owner was changed.</summary>
    [JsonStringEnumMemberName("beatmap_owner_change")]
    BeatmapOwnerChange,
}
