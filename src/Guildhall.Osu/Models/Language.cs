namespace Guildhall.Osu.Models;

/// <summary>Beatmapset languages by their API id (the search filter <c>l</c> and <see cref="Beatmapset.LanguageId"/>).</summary>
public enum Language
{
    /// <summary>Any language (search only).</summary>
    Any = 0,

    /// <summary>Unspecified.</summary>
    Unspecified = 1,

    /// <summary>English.</summary>
    English = 2,

    /// <summary>Japanese.</summary>
    Japanese = 3,

    /// <summary>Chinese.</summary>
    Chinese = 4,

    /// <summary>Instrumental.</summary>
    Instrumental = 5,

    /// <summary>Korean.</summary>
    Korean = 6,

    /// <summary>French.</summary>
    French = 7,

    /// <summary>German.</summary>
    German = 8,

    /// <summary>Swedish.</summary>
    Swedish = 9,

    /// <summary>Spanish.</summary>
    Spanish = 10,

    /// <summary>Italian.</summary>
    Italian = 11,

    /// <summary>Russian.</summary>
    Russian = 12,

    /// <summary>Polish.</summary>
    Polish = 13,

    /// <summary>Other.</summary>
    Other = 14,
}
