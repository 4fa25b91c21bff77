using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>
/// Multiplayer: osu!stable matches (lobbies with their games and scores) and osu!(lazer) rooms (playlists, leaderboards,
/// playlist scores). Reached through <see cref="OsuClient.Multiplayer"/>.
/// </summary>
public class OsuMultiplayerClient : ApiSubClient
{
    /// <summary>The most matches a listing page holds.</summary>
    public const int MaxMatchesPerPage = 50;

    /// <summary>The most events one match request returns.</summary>
    public const int MaxEventsPerRequest = 101;

    /// <summary>The most scores a playlist score page holds.</summary>
    public const int MaxScoresPerPage = 50;

    internal OsuMultiplayerClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuMultiplayerClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>Every match, page after page (<c>GET /matches</c> with <c>cursor_string</c>).</summary>
    /// <param name="sort">The order.</param>
    /// <param name="active">Only open (<see langword="true"/>) or closed (<see langword="false"/>) matches; <see langword="null"/> for both.</param>
    /// <param name="pageSize">Matches per request (1 to <see cref="MaxMatchesPerPage"/>).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<MultiplayerMatch> ListMatchesAsync(MatchSort sort = MatchSort.NewestFirst, bool? active = null, int pageSize = MaxMatchesPerPage, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxMatchesPerPage, nameof(pageSize));
        return OsuLists.ByCursorString((cursor, token) => GetMatchesPageAsync(cursor, sort, active, pageSize, token), page => page.Matches, page => page.CursorString, cancellationToken);
    }

    /// <summary>One page of the match listing (<c>GET /matches</c>).</summary>
    /// <param name="continuationToken">The <see cref="MultiplayerMatchesPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="sort">The order.</param>
    /// <param name="active">Only open (<see langword="true"/>) or closed (<see langword="false"/>) matches; <see langword="null"/> for both.</param>
    /// <param name="pageSize">Matches per request (1 to <see cref="MaxMatchesPerPage"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The continuation token is empty.</exception>
    public virtual Task<MultiplayerMatchesPage> GetMatchesPageAsync(
        string? continuationToken = null, MatchSort sort = MatchSort.NewestFirst, bool? active = null, int pageSize = MaxMatchesPerPage, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxMatchesPerPage, nameof(pageSize));
        OsuCursors.CheckCursorString(continuationToken);
        var path = new QueryBuilder("matches")
            .Add("limit", pageSize)
            .Add("sort", sort switch
            {
                MatchSort.NewestFirst => "id_desc",
                MatchSort.OldestFirst => "id_asc",
                _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
            })
            .Add("active", active)
            .Add("cursor_string", continuationToken);
        return Connection.GetAsync<MultiplayerMatchesPage>(path.ToString(), "osu.multiplayer.matches", cancellationToken);
    }

    /// <summary>
    /// A match with a window of its events (<c>GET /matches/{match}</c>): without <paramref name="beforeEventId"/> and
    /// <paramref name="afterEventId"/>, the newest events; scores in games follow <paramref name="format"/>.
    /// </summary>
    /// <param name="matchId">The match.</param>
    /// <param name="beforeEventId">Only events before this id (the newest of them).</param>
    /// <param name="afterEventId">Only events after this id (the oldest of them).</param>
    /// <param name="limit">At most this many events (1 to <see cref="MaxEventsPerRequest"/>); <see langword="null"/> for the API's 100.</param>
    /// <param name="format">The score format; <see langword="null"/> uses <see cref="OsuClientOptions.ScoreFormat"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such match.</exception>
    public virtual Task<MultiplayerMatchDetails> GetMatchAsync(
        long matchId, long? beforeEventId = null, long? afterEventId = null, int? limit = null, OsuScoreFormat? format = null, CancellationToken cancellationToken = default)
    {
        if (limit is { } l)
        {
            OsuArguments.CheckRange(l, 1, MaxEventsPerRequest, nameof(limit));
        }

        var path = new QueryBuilder("matches/" + OsuPaths.Id(matchId)).Add("before", beforeEventId).Add("after", afterEventId).Add("limit", limit);
        return Connection.GetAsync<MultiplayerMatchDetails>(path.ToString(), "osu.multiplayer.match", cancellationToken, Connection.ScoreVersion(format));
    }

    /// <summary>
    /// Every event of a match from its first, page after page (<c>GET /matches/{match}</c> with <c>after</c>); the
    /// continuation token is the last event id read.
    /// </summary>
    /// <param name="matchId">The match.</param>
    /// <param name="pageSize">Events per request (1 to <see cref="MaxEventsPerRequest"/>).</param>
    /// <param name="format">The score format; <see langword="null"/> uses <see cref="OsuClientOptions.ScoreFormat"/>.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<MatchEvent> ListMatchEventsAsync(long matchId, int pageSize = 100, OsuScoreFormat? format = null, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxEventsPerRequest, nameof(pageSize));
        return AsyncPageable.Create<MatchEvent>(
            async (continuationToken, token) =>
            {
                var after = continuationToken is null ? 0 : OsuIdToken.Parse(continuationToken, "an event id");
                var page = await GetMatchAsync(matchId, afterEventId: after, limit: pageSize, format: format, cancellationToken: token).ConfigureAwait(false);
                var last = page.Events.Count == 0 ? (long?)null : page.Events.Max(e => e.Id);
                var more = last is { } id && page.LatestEventId is { } latest && id < latest;
                return new Page<MatchEvent>(page.Events, more ? OsuIdToken.Write(last!.Value) : null);
            },
            cancellationToken);
    }

    /// <summary>Rooms (<c>GET /rooms</c>; one list, the API does not page it).</summary>
    /// <param name="query">Which rooms; <see langword="null"/> for open playlists.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks><see cref="RoomListMode.Participated"/> and <see cref="RoomListMode.Owned"/> need a user token.</remarks>
    public virtual Task<IReadOnlyList<Room>> GetRoomsAsync(RoomsQuery? query = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<IReadOnlyList<Room>>((query ?? new RoomsQuery()).ToPath(), "osu.multiplayer.rooms", cancellationToken);

    /// <summary>A room with its playlist and recent participants (<c>GET /rooms/{room}</c>).</summary>
    /// <param name="roomId">The room.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such room.</exception>
    public virtual Task<Room> GetRoomAsync(long roomId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<Room>("rooms/" + OsuPaths.Id(roomId), "osu.multiplayer.room", cancellationToken);

    /// <summary>
    /// The newest featured room: a spotlight or featured-artist playlist (<c>GET /rooms/latest</c>, which osu-web answers
    /// with the last of its featured rooms).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No room is featured.</exception>
    public virtual Task<Room> GetLatestFeaturedRoomAsync(CancellationToken cancellationToken = default) =>
        Connection.GetAsync<Room>("rooms/latest", "osu.multiplayer.room", cancellationToken);

    /// <summary>A room's leaderboard of users' aggregates (<c>GET /rooms/{room}/leaderboard</c>).</summary>
    /// <param name="roomId">The room.</param>
    /// <param name="limit">At most this many entries (1 to 50); <see langword="null"/> for the API's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such room.</exception>
    public virtual Task<RoomLeaderboard> GetRoomLeaderboardAsync(long roomId, int? limit = null, CancellationToken cancellationToken = default)
    {
        if (limit is { } l)
        {
            OsuArguments.CheckRange(l, 1, 50, nameof(limit));
        }

        var path = new QueryBuilder($"rooms/{OsuPaths.Id(roomId)}/leaderboard").Add("limit", limit);
        return Connection.GetAsync<RoomLeaderboard>(path.ToString(), "osu.multiplayer.room_leaderboard", cancellationToken);
    }

    /// <summary>Every score of a playlist item, page after page (<c>GET /rooms/{room}/playlist/{item}/scores</c>; always the lazer format).</summary>
    /// <param name="roomId">The room.</param>
    /// <param name="playlistItemId">The playlist item.</param>
    /// <param name="sort">The order.</param>
    /// <param name="pageSize">Scores per request (1 to <see cref="MaxScoresPerPage"/>).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<Score> ListPlaylistScoresAsync(
        long roomId, long playlistItemId, PlaylistScoreSort sort = PlaylistScoreSort.HighestFirst, int pageSize = MaxScoresPerPage, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxScoresPerPage, nameof(pageSize));
        return OsuLists.ByCursorString(
            (cursor, token) => GetPlaylistScoresPageAsync(roomId, playlistItemId, cursor, sort, pageSize, token), page => page.Scores, page => page.CursorString, cancellationToken);
    }

    /// <summary>One page of a playlist item's scores (<c>GET /rooms/{room}/playlist/{item}/scores</c>).</summary>
    /// <param name="roomId">The room.</param>
    /// <param name="playlistItemId">The playlist item.</param>
    /// <param name="continuationToken">The <see cref="PlaylistScoresPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="sort">The order.</param>
    /// <param name="pageSize">Scores per request (1 to <see cref="MaxScoresPerPage"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such room or playlist item.</exception>
    /// <exception cref="ArgumentException">The continuation token is empty.</exception>
    public virtual Task<PlaylistScoresPage> GetPlaylistScoresPageAsync(
        long roomId, long playlistItemId, string? continuationToken = null, PlaylistScoreSort sort = PlaylistScoreSort.HighestFirst, int pageSize = MaxScoresPerPage,
        CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxScoresPerPage, nameof(pageSize));
        OsuCursors.CheckCursorString(continuationToken);
        var path = new QueryBuilder($"rooms/{OsuPaths.Id(roomId)}/playlist/{OsuPaths.Id(playlistItemId)}/scores")
            .Add("limit", pageSize)
            .Add("sort", sort switch
            {
                PlaylistScoreSort.HighestFirst => "score_desc",
                PlaylistScoreSort.LowestFirst => "score_asc",
                _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
            })
            .Add("cursor_string", continuationToken);
        return Connection.GetAsync<PlaylistScoresPage>(path.ToString(), "osu.multiplayer.playlist_scores", cancellationToken);
    }
}
