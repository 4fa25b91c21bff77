using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>Comments on beatmapsets, builds and news posts. Reached through <see cref="OsuClient.Comments"/>.</summary>
public class OsuCommentsClient : ApiSubClient
{
    internal OsuCommentsClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuCommentsClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>
    /// Every comment that matches, page after page (<c>GET /comments</c>). The API pages comments with a cursor object
    /// (<c>cursor[created_at]</c>, <c>cursor[id]</c>, and <c>cursor[votes_count]</c> for <see cref="CommentSort.Top"/>), not a
    /// cursor string; the continuation tokens carry it.
    /// </summary>
    /// <param name="query">What the comments are on and their order; <see langword="null"/> for the site's latest comments.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<Comment> ListAsync(CommentsQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new CommentsQuery();
        CheckQuery(query);
        return AsyncPageable.Create<Comment>(
            async (continuationToken, token) =>
            {
                var bundle = await GetPageAsync(query, continuationToken, token).ConfigureAwait(false);
                return new Page<Comment>(bundle.Comments, bundle.HasMore ? OsuCursorToken.From(bundle.Cursor) : null);
            },
            cancellationToken);
    }

    /// <summary>One page of comments with their users and related comments (see <see cref="ListAsync"/>).</summary>
    /// <param name="query">What the comments are on and their order; <see langword="null"/> for the site's latest comments.</param>
    /// <param name="continuationToken">A token from <see cref="ListAsync"/>'s pages; <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The continuation token is not one of this list's.</exception>
    public virtual Task<CommentBundle> GetPageAsync(CommentsQuery? query = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        query ??= new CommentsQuery();
        CheckQuery(query);
        var path = new QueryBuilder("comments")
            .Add("commentable_type", query.CommentableType is { } type ? ContentWireNames.Of(type) : null)
            .Add("commentable_id", query.CommentableId)
            .Add("parent_id", query.ParentId)
            .Add("sort", ContentWireNames.Of(query.Sort))
            .Add("limit", query.PageSize);
        return Connection.GetAsync<CommentBundle>(OsuCursorToken.AddTo(path, continuationToken).ToString(), "osu.comments.list", cancellationToken);
    }

    /// <summary>One comment with its replies, parents, users and what it is on (<c>GET /comments/{id}</c>).</summary>
    /// <param name="commentId">The comment id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such comment.</exception>
    public virtual Task<CommentBundle> GetAsync(long commentId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<CommentBundle>("comments/" + commentId.ToString(CultureInfo.InvariantCulture), "osu.comments.get", cancellationToken);

    private static void CheckQuery(CommentsQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, 100, nameof(query));
        if ((query.CommentableType is null) != (query.CommentableId is null))
        {
            throw new ArgumentException("A commentable type and id go together: set both or neither.", nameof(query));
        }
    }
}
