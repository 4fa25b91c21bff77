using System.Text.Json.Serialization;

namespace Guildhall.TopGg.Models;

/// <summary>The platform a Top.gg project lives on.</summary>
public enum TopGgPlatform
{
    /// <summary>A platform this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>Discord (<c>discord</c>).</summary>
    [JsonStringEnumMemberName("discord")]
    Discord,

    /// <summary>Roblox (<c>roblox</c>).</summary>
    [JsonStringEnumMemberName("roblox")]
    Roblox,
}
