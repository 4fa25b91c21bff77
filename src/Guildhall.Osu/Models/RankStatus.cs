using System.Text.Json.Serialization;

namespace Guildhall.Osu.Models;

/// <summary>The ranked status of a beatmap or beatmapset (<c>status</c>). Unknown values read as <see cref="Unknown"/>.</summary>
public enum RankStatus
{
    /// <summary>A status this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>Abandoned, numeric <c>ranked</c> -2.</summary>
    [JsonStringEnumMemberName("graveyard")]
    Graveyard,

    /// <summary>Work in progress, -1.</summary>
    [JsonStringEnumMemberName("wip")]
    Wip,

    /// <summary>Submitted, waiting for nominations, 0.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>Ranked, 1.</summary>
    [JsonStringEnumMemberName("ranked")]
    Ranked,

    /// <summary>Approved (the old status for long maps), 2.</summary>
    [JsonStringEnumMemberName("approved")]
    Approved,

    /// <summary>Qualified, about to be ranked, 3.</summary>
    [JsonStringEnumMemberName("qualified")]
    Qualified,

    /// <summary>Loved, 4.</summary>
    [JsonStringEnumMemberName("loved")]
    Loved,
}
