using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>
/// The modding of beatmapsets: discussions, their posts and votes, and the events of the ranking process. Reached through
/// <see cref="OsuClient.Discussions"/>. User filters are sent as <c>user</c> and <c>receiver</c>, the names the server
/// reads (aiosu sends <c>user_id</c> and <c>receiver_id</c>, which it ignores).
/// </summary>
public class OsuDiscussionsClient : ApiSubClient
{
    internal OsuDiscussionsClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuDiscussionsClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>Every discussion that matches, page after page (<c>GET /beatmapsets/discussions</c>).</summary>
    /// <param name="query">The filters; <see langword="null"/> for every discussion, newest first.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<BeatmapsetDiscussion> ListAsync(DiscussionsQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new DiscussionsQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        return OsuLists.ByCursorString((cursor, token) => GetPageAsync(query, cursor, token), page => page.Discussions, page => page.CursorString, cancellationToken);
    }

    /// <summary>One page of discussions with their beatmaps, sets and users (see <see cref="ListAsync"/>).</summary>
    /// <param name="query">The filters; <see langword="null"/> for every discussion, newest first.</param>
    /// <param name="continuationToken">The <see cref="BeatmapsetDiscussionsPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<BeatmapsetDiscussionsPage> GetPageAsync(DiscussionsQuery? query = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(continuationToken);
        query ??= new DiscussionsQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        var path = new QueryBuilder("beatmapsets/discussions")
            .Add("beatmapset_id", query.BeatmapsetId)
            .Add("beatmap_id", query.BeatmapId)
            .Add("user", query.UserId)
            .Add("beatmapset_status", query.BeatmapsetStatus)
            .AddEach("message_types[]", query.MessageTypes)
            .Add("only_unresolved", query.OnlyUnresolved ? true : null)
            .Add("sort", ContentWireNames.SortOf(query.OldestFirst))
            .Add("limit", query.PageSize)
            .Add("cursor_string", continuationToken);
        return Connection.GetAsync<BeatmapsetDiscussionsPage>(path.ToString(), "osu.discussions.list", cancellationToken);
    }

    /// <summary>Every discussion post that matches, page after page (<c>GET /beatmapsets/discussions/posts</c>).</summary>
    /// <param name="query">The filters; <see langword="null"/> for every reply, newest first.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<BeatmapsetDiscussionPost> ListPostsAsync(DiscussionPostsQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new DiscussionPostsQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        return OsuLists.ByCursorString((cursor, token) => GetPostsPageAsync(query, cursor, token), page => page.Posts, page => page.CursorString, cancellationToken);
    }

    /// <summary>One page of discussion posts with their discussions, sets and users (see <see cref="ListPostsAsync"/>).</summary>
    /// <param name="query">The filters; <see langword="null"/> for every reply, newest first.</param>
    /// <param name="continuationToken">The <see cref="BeatmapsetDiscussionPostsPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<BeatmapsetDiscussionPostsPage> GetPostsPageAsync(DiscussionPostsQuery? query = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(continuationToken);
        query ??= new DiscussionPostsQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        var path = new QueryBuilder("beatmapsets/discussions/posts")
            .Add("beatmapset_discussion_id", query.DiscussionId)
            .Add("user", query.UserId)
            .AddEach("types[]", query.Types)
            .Add("sort", ContentWireNames.SortOf(query.OldestFirst))
            .Add("limit", query.PageSize)
            .Add("cursor_string", continuationToken);
        return Connection.GetAsync<BeatmapsetDiscussionPostsPage>(path.ToString(), "osu.discussions.posts", cancellationToken);
    }

    /// <summary>Every discussion vote that matches, page after page (<c>GET /beatmapsets/discussions/votes</c>).</summary>
    /// <param name="query">The filters; <see langword="null"/> for every vote, newest first.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<BeatmapsetDiscussionVote> ListVotesAsync(DiscussionVotesQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new DiscussionVotesQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        return OsuLists.ByCursorString((cursor, token) => GetVotesPageAsync(query, cursor, token), page => page.Votes, page => page.CursorString, cancellationToken);
    }

    /// <summary>One page of discussion votes with their discussions and users (see <see cref="ListVotesAsync"/>).</summary>
    /// <param name="query">The filters; <see langword="null"/> for every vote, newest first.</param>
    /// <param name="continuationToken">The <see cref="BeatmapsetDiscussionVotesPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<BeatmapsetDiscussionVotesPage> GetVotesPageAsync(DiscussionVotesQuery? query = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(continuationToken);
        query ??= new DiscussionVotesQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        if (query.Score is not (null or 1 or -1))
        {
            throw new ArgumentException("A vote's score is 1 or -1.", nameof(query));
        }

        var path = new QueryBuilder("beatmapsets/discussions/votes")
            .Add("beatmapset_discussion_id", query.DiscussionId)
            .Add("user", query.UserId)
            .Add("receiver", query.ReceiverId)
            .Add("score", query.Score)
            .Add("sort", ContentWireNames.SortOf(query.OldestFirst))
            .Add("limit", query.PageSize)
            .Add("cursor_string", continuationToken);
        return Connection.GetAsync<BeatmapsetDiscussionVotesPage>(path.ToString(), "osu.discussions.votes", cancellationToken);
    }

    /// <summary>
    /// Every beatmapset event that matches, newest first, page after page (<c>GET /beatmapsets/events</c>, paged by
    /// number; a short page is the last). Kinds this version does not know are kept (see <see cref="BeatmapsetEvent.TypeName"/>).
    /// </summary>
    /// <param name="query">The filters; <see langword="null"/> for every event.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<BeatmapsetEvent> ListEventsAsync(BeatmapsetEventsQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new BeatmapsetEventsQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        return AsyncPageable.ByPosition<BeatmapsetEvent>(
            1,
            async (page, token) =>
            {
                var events = (await GetEventsPageAsync(query, page, token).ConfigureAwait(false)).Events;
                return (events, events.Count < query.PageSize ? null : page + 1);
            },
            cancellationToken);
    }

    /// <summary>One page of beatmapset events with the users who caused them (see <see cref="ListEventsAsync"/>).</summary>
    /// <param name="query">The filters; <see langword="null"/> for every event.</param>
    /// <param name="page">The page number, from 1.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<BeatmapsetEventsPage> GetEventsPageAsync(BeatmapsetEventsQuery? query = null, int page = 1, CancellationToken cancellationToken = default)
    {
        query ??= new BeatmapsetEventsQuery();
        OsuArguments.CheckRange(query.PageSize, 5, 50, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var path = new QueryBuilder("beatmapsets/events")
            .Add("user", query.UserId)
            .Add("beatmapset_id", query.BeatmapsetId)
            .AddEach("types[]", query.Types.Select(ContentWireNames.Of))
            .Add("min_date", query.MinDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Add("max_date", query.MaxDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Add("limit", query.PageSize)
            .Add("page", page);
        return Connection.GetAsync<BeatmapsetEventsPage>(path.ToString(), "osu.discussions.events", cancellationToken);
    }
}
