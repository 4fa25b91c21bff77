namespace Guildhall.Osu.Models;

/// <summary>The answer of a site search (<c>GET /search</c>).</summary>
public sealed record SearchResults
{
    /// <summary>Matching users, when users were searched.</summary>
    public SearchResultSet<User>? User { get; init; }

    /// <summary>Matching wiki pages, when the wiki was searched.</summary>
    public SearchResultSet<WikiPage>? WikiPage { get; init; }
}
