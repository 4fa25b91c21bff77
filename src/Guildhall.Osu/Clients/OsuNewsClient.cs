using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>The news: the listing and single posts. Reached through <see cref="OsuClient.News"/>.</summary>
public class OsuNewsClient : ApiSubClient
{
    internal OsuNewsClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuNewsClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>Every news post, newest first, page after page (<c>GET /news</c>).</summary>
    /// <param name="year">Only the posts of this year; <see langword="null"/> for all.</param>
    /// <param name="pageSize">Posts per request (1 to 21).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<NewsPost> ListAsync(int? year = null, int pageSize = 21, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, 21);
        return OsuLists.ByCursorString((cursor, token) => GetPageAsync(year, pageSize, cursor, token), page => page.NewsPosts, page => page.CursorString, cancellationToken);
    }

    /// <summary>One page of the news listing, with its sidebar (see <see cref="ListAsync"/>).</summary>
    /// <param name="year">Only the posts of this year; <see langword="null"/> for all.</param>
    /// <param name="pageSize">Posts per request (1 to 21).</param>
    /// <param name="continuationToken">The <see cref="NewsListing.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<NewsListing> GetPageAsync(int? year = null, int pageSize = 21, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(continuationToken);
        OsuArguments.CheckRange(pageSize, 1, 21);
        var path = new QueryBuilder("news").Add("limit", pageSize).Add("year", year).Add("cursor_string", continuationToken);
        return Connection.GetAsync<NewsListing>(path.ToString(), "osu.news.list", cancellationToken);
    }

    /// <summary>A news post by its slug, with its content and neighbours (<c>GET /news/{slug}</c>).</summary>
    /// <param name="slug">The slug, for example <c>2013-07-31-clicking-styles</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such post.</exception>
    public virtual Task<NewsPost> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        return Connection.GetAsync<NewsPost>("news/" + Uri.EscapeDataString(slug), "osu.news.get", cancellationToken);
    }

    /// <summary>A news post by its id (<c>GET /news/{id}?key=id</c>).</summary>
    /// <param name="postId">The post id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such post.</exception>
    public virtual Task<NewsPost> GetAsync(long postId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<NewsPost>($"news/{postId.ToString(CultureInfo.InvariantCulture)}?key=id", "osu.news.get", cancellationToken);
}
