using System.Text.Json.Serialization;

namespace Guildhall.Osu.Models;

/// <summary>The grade of a score (<c>rank</c>). Unknown values read as <see cref="Unknown"/>.</summary>
public enum ScoreRank
{
    /// <summary>A grade this version of the client does not know.</summary>
    Unknown = 0,

    /// <summary>SS with Hidden or Flashlight (silver SS).</summary>
    [JsonStringEnumMemberName("XH")]
    SilverSS,

    /// <summary>SS.</summary>
    [JsonStringEnumMemberName("X")]
    SS,

    /// <summary>S with Hidden or Flashlight (silver S).</summary>
    [JsonStringEnumMemberName("SH")]
    SilverS,

    /// <summary>S.</summary>
    [JsonStringEnumMemberName("S")]
    S,

    /// <summary>A.</summary>
    [JsonStringEnumMemberName("A")]
    A,

    /// <summary>B.</summary>
    [JsonStringEnumMemberName("B")]
    B,

    /// <summary>C.</summary>
    [JsonStringEnumMemberName("C")]
    C,

    /// <summary>D.</summary>
    [JsonStringEnumMemberName("D")]
    D,

    /// <summary>Failed.</summary>
    [JsonStringEnumMemberName("F")]
    F,
}
