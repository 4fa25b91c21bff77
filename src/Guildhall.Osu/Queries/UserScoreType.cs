namespace Guildhall.Osu.Queries;

/// <summary>Which of a user's score lists to read.</summary>
public enum UserScoreType
{
    /// <summary>Scores of the last 24 hours (<c>recent</c>), passes only unless failures are included.</summary>
    Recent,

    /// <summary>Top plays by performance (<c>best</c>).</summary>
    Best,

    /// <summary>First places (<c>firsts</c>).</summary>
    Firsts,

    /// <summary>Pinned scores (<c>pinned</c>).</summary>
    Pinned,
}
