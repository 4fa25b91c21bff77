using System.Text.Json.Serialization;

namespace Guildhall.Osu.Models;

/// <summary>An osu! game mode (the API calls it ruleset or mode). Unknown values read as <see cref="Unknown"/>.</summary>
public enum GameMode
{
    /// <summary>A mode this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>osu! (standard), ruleset id 0.</summary>
    [JsonStringEnumMemberName("osu")]
    Osu,

    /// <summary>osu!taiko, ruleset id 1.</summary>
    [JsonStringEnumMemberName("taiko")]
    Taiko,

    /// <summary>osu!catch, called <c>fruits</c> by the API, ruleset id 2.</summary>
    [JsonStringEnumMemberName("fruits")]
    Fruits,

    /// <summary>osu!mania, ruleset id 3.</summary>
    [JsonStringEnumMemberName("mania")]
    Mania,
}
