using System.Text.Json.Serialization;

namespace Guildhall.Osu.Models;

/// <summary>How the token's owner relates to another user. Unknown values read as <see cref="Unknown"/>.</summary>
public enum UserRelationType
{
    /// <summary>A relation this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>A friend.</summary>
    [JsonStringEnumMemberName("friend")]
    Friend,

    /// <summary>A blocked user.</summary>
    [JsonStringEnumMemberName("block")]
    Block,
}
