using System.Text.Json.Serialization;

namespace Guildhall.TopGg.Models;

/// <summary>What a Top.gg project lists.</summary>
public enum TopGgProjectType
{
    /// <summary>A type this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>A bot (<c>bot</c>).</summary>
    [JsonStringEnumMemberName("bot")]
    Bot,

    /// <summary>A server (<c>server</c>).</summary>
    [JsonStringEnumMemberName("server")]
    Server,

    /// <summary>A game (<c>game</c>).</summary>
    [JsonStringEnumMemberName("game")]
    Game,
}
