using System.Text.Json.Serialization;

namespace Guildhall.TopGg.Models;

/// <summary>The kind of a project announcement.</summary>
public enum TopGgAnnouncementCategory
{
    /// <summary>A category this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>A general announcement (<c>announcement</c>).</summary>
    [JsonStringEnumMemberName("announcement")]
    Announcement,

    /// <summary>An event (<c>event</c>).</summary>
    [JsonStringEnumMemberName("event")]
    Event,

    /// <summary>A new feature (<c>new_feature</c>).</summary>
    [JsonStringEnumMemberName("new_feature")]
    NewFeature,
}
