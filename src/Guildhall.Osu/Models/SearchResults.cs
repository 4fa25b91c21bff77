using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The answer of a site search (<c>GET /search</c>).</summary>
[JsonConverter(typeof(WireModelConverter<SearchResults>))]
public sealed partial record SearchResults
{
    /// <summary>Matching users, when users were searched.</summary>
    public SearchResultSet<User>? User { get; init; }

    /// <summary>Matching wiki pages, when the wiki was searched.</summary>
    public SearchResultSet<WikiPage>? WikiPage { get; init; }
}
