using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>
/// The forums: a topic's posts, new topics (with polls), replies and edits. Reached through <see cref="OsuClient.Forum"/>.
/// Writing needs <c>forum.write</c> with a resource owner: a user token, or a bot's <c>delegate</c> token.
/// </summary>
public class OsuForumClient : ApiSubClient
{
    /// <summary>The most posts a topic page holds.</summary>
    public const int MaxPostsPerPage = 50;

    internal OsuForumClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuForumClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>Every post of a topic, page after page (<c>GET /forums/topics/{topic}</c> with <c>cursor_string</c>).</summary>
    /// <param name="topicId">The topic.</param>
    /// <param name="sort">The order.</param>
    /// <param name="pageSize">Posts per request (1 to <see cref="MaxPostsPerPage"/>).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<ForumPost> ListPostsAsync(long topicId, ForumPostSort sort = ForumPostSort.OldestFirst, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxPostsPerPage);
        return OsuLists.ByCursorString((cursor, token) => GetTopicPageAsync(topicId, cursor, sort, pageSize, token), page => page.Posts, page => page.CursorString, cancellationToken);
    }

    /// <summary>A topic with one page of its posts (<c>GET /forums/topics/{topic}</c>).</summary>
    /// <param name="topicId">The topic.</param>
    /// <param name="continuationToken">The <see cref="ForumTopicPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="sort">The order.</param>
    /// <param name="pageSize">Posts per request (1 to <see cref="MaxPostsPerPage"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such topic.</exception>
    /// <exception cref="ArgumentException">The continuation token is empty.</exception>
    public virtual Task<ForumTopicPage> GetTopicPageAsync(
        long topicId, string? continuationToken = null, ForumPostSort sort = ForumPostSort.OldestFirst, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxPostsPerPage);
        OsuCursors.CheckCursorString(continuationToken);

        var path = new QueryBuilder("forums/topics/" + OsuPaths.Id(topicId))
            .Add("sort", sort switch
            {
                ForumPostSort.OldestFirst => "id_asc",
                ForumPostSort.NewestFirst => "id_desc",
                _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
            })
            .Add("limit", pageSize)
            .Add("cursor_string", continuationToken);
        return Connection.GetAsync<ForumTopicPage>(path.ToString(), "osu.forum.topic", cancellationToken);
    }

    /// <summary>Opens a topic, with a poll if given (<c>POST /forums/topics</c>; scope <c>forum.write</c>).</summary>
    /// <param name="forumId">The forum.</param>
    /// <param name="title">The title.</param>
    /// <param name="body">The opening post (BBCode).</param>
    /// <param name="poll">The poll; <see langword="null"/> for none. Sent in the server's field format (options joined by newlines, <c>max_options</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The title, the body or the poll is invalid (nothing is sent).</exception>
    public virtual async Task<CreatedForumTopic> CreateTopicAsync(long forumId, string title, string body, NewForumPoll? poll = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        poll?.Validate();
        const string Operation = "osu.forum.create_topic";
        await Connection.EnsureScopeAsync(OsuScopes.ForumWrite, Operation, cancellationToken).ConfigureAwait(false);
        var pollBody = poll is null
            ? null
            : new ForumPollBody(poll.Title, string.Join('\n', poll.Options), poll.LengthDays, poll.MaxOptions, poll.AllowVoteChange, poll.HideResults);
        return await Connection.SendJsonAsync<ForumTopicBody, CreatedForumTopic>(
            HttpMethod.Post, "forums/topics", Operation, new ForumTopicBody(forumId, title, body, poll is not null, pollBody), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replies to a topic (<c>POST /forums/topics/{topic}/reply</c>; scope <c>forum.write</c>).</summary>
    /// <param name="topicId">The topic.</param>
    /// <param name="body">The reply (BBCode).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<ForumPost> ReplyAsync(long topicId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        const string Operation = "osu.forum.reply";
        await Connection.EnsureScopeAsync(OsuScopes.ForumWrite, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.SendJsonAsync<ForumTextBody, ForumPost>(HttpMethod.Post, $"forums/topics/{OsuPaths.Id(topicId)}/reply", Operation, new ForumTextBody(body), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes a topic's title (<c>PUT /forums/topics/{topic}</c>; scope <c>forum.write</c>; the topic's author only).</summary>
    /// <param name="topicId">The topic.</param>
    /// <param name="title">The new title.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<ForumTopic> EditTopicTitleAsync(long topicId, string title, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        const string Operation = "osu.forum.edit_topic";
        await Connection.EnsureScopeAsync(OsuScopes.ForumWrite, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.SendJsonAsync<ForumTitleBody, ForumTopic>(HttpMethod.Put, "forums/topics/" + OsuPaths.Id(topicId), Operation, new ForumTitleBody(new ForumTitleFields(title)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes a post's text (<c>PUT /forums/posts/{post}</c>; scope <c>forum.write</c>; the post's author only).</summary>
    /// <param name="postId">The post.</param>
    /// <param name="body">The new text (BBCode).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<ForumPost> EditPostAsync(long postId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        const string Operation = "osu.forum.edit_post";
        await Connection.EnsureScopeAsync(OsuScopes.ForumWrite, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.SendJsonAsync<ForumTextBody, ForumPost>(HttpMethod.Put, "forums/posts/" + OsuPaths.Id(postId), Operation, new ForumTextBody(body), cancellationToken).ConfigureAwait(false);
    }
}
