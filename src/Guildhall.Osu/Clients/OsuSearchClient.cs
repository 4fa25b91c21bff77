using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>The site search over users and wiki pages (<c>GET /search</c>). Reached through <see cref="OsuClient.Search"/>.</summary>
public class OsuSearchClient
{
    private readonly OsuApiSender _api;

    internal OsuSearchClient(OsuApiSender api) => _api = api;

    /// <summary>For mocking.</summary>
    protected OsuSearchClient() => _api = null!;

    /// <summary>The first page of users and of wiki pages matching <paramref name="query"/>, with their totals.</summary>
    /// <param name="query">The text to search for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<SearchResults> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return _api.GetAsync<SearchResults>(new QueryBuilder("search").Add("mode", "all").Add("query", query).ToString(), "osu.search.all", cancellationToken);
    }

    /// <summary>Every user matching <paramref name="query"/>, page after page (the API serves the first 100).</summary>
    /// <param name="query">The text to search for.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<User> SearchUsersAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return Paged(query, "user", results => results.User, cancellationToken);
    }

    /// <summary>Every wiki page matching <paramref name="query"/>, page after page.</summary>
    /// <param name="query">The text to search for.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<WikiPage> SearchWikiAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return Paged(query, "wiki_page", results => results.WikiPage, cancellationToken);
    }

    private AsyncPageable<T> Paged<T>(string query, string mode, Func<SearchResults, SearchResultSet<T>?> select, CancellationToken cancellationToken) =>
        OsuPaging.ByPageNumber<T>(async (page, seen, token) =>
        {
            var path = new QueryBuilder("search").Add("mode", mode).Add("query", query).Add("page", page);
            var results = await _api.GetAsync<SearchResults>(path.ToString(), "osu.search." + mode, token).ConfigureAwait(false);
            var set = select(results) ?? new SearchResultSet<T>();
            return (set.Data, seen + set.Data.Count < set.Total);
        }, cancellationToken);
}
