using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>The site search over users and wiki pages (<c>GET /search</c>). Reached through <see cref="OsuClient.Search"/>.</summary>
public class OsuSearchClient : ApiSubClient
{
    internal OsuSearchClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuSearchClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>
    /// One page of the site search over both users and wiki pages (<c>mode=all</c>), with their totals. The API serves
    /// only this first page of the combined search; <see cref="ListUsersAsync"/> and <see cref="ListWikiPagesAsync"/>
    /// walk each kind.
    /// </summary>
    /// <param name="query">The text to search for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<SearchResults> GetPageAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return Connection.GetAsync<SearchResults>(new QueryBuilder("search").Add("mode", "all").Add("query", query).ToString(), "osu.search.all", cancellationToken);
    }

    /// <summary>Every user matching <paramref name="query"/>, page after page (the API serves the first 100); the continuation token is the next page number.</summary>
    /// <param name="query">The text to search for.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<User> ListUsersAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return Paged(query, "user", results => results.User, cancellationToken);
    }

    /// <summary>Every wiki page matching <paramref name="query"/>, page after page; the continuation token is the next page number.</summary>
    /// <param name="query">The text to search for.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<WikiPage> ListWikiPagesAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return Paged(query, "wiki_page", results => results.WikiPage, cancellationToken);
    }

    /// <summary>
    /// A page-numbered walk of one kind. The API does not say its page size, so a page is followed by another while the
    /// pages so far, at this page's size, do not reach the total; a short last page may cost one more (empty) request.
    /// </summary>
    private AsyncPageable<T> Paged<T>(string query, string mode, Func<SearchResults, SearchResultSet<T>?> select, CancellationToken cancellationToken)
    {
        var connection = Connection;
        return AsyncPageable.ByPosition<T>(
            1,
            async (page, token) =>
            {
                var path = new QueryBuilder("search").Add("mode", mode).Add("query", query).Add("page", page);
                var results = await connection.GetAsync<SearchResults>(path.ToString(), "osu.search." + mode, token).ConfigureAwait(false);
                var set = select(results) ?? new SearchResultSet<T>();
                return (set.Data, (long)page * set.Data.Count < set.Total ? page + 1 : null);
            },
            cancellationToken);
    }
}
