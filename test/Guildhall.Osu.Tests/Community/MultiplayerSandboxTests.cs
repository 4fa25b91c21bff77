using Guildhall.Core.Errors;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;
using Guildhall.Osu.Tests.Sandbox;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Community;

/// <summary>Multiplayer through the whole pipeline against the sandbox: matches, their events and scores in both formats, rooms.</summary>
public sealed class MultiplayerSandboxTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private const long Match = OsuSandboxCommunitySeed.MatchId;
    private const long Room = OsuSandboxCommunitySeed.RoomId;
    private const long Item = OsuSandboxCommunitySeed.PlaylistItemId;

    public static TheoryData<OsuScoreFormat> Formats() => [OsuScoreFormat.Lazer, OsuScoreFormat.Legacy];

    private OsuClient App(OsuScoreFormat format = OsuScoreFormat.Lazer) => sandbox.Storage(format).AppClient;

    [Fact]
    public async Task Matches_page_by_cursor_to_the_end_in_either_order_and_filter_by_state()
    {
        var osu = App();

        var newest = await osu.Multiplayer.ListMatchesAsync(pageSize: 17).ToListAsync();
        var oldest = await osu.Multiplayer.ListMatchesAsync(MatchSort.OldestFirst, pageSize: 50).ToListAsync();
        var open = await osu.Multiplayer.ListMatchesAsync(active: true).ToListAsync();
        var page = await osu.Multiplayer.GetMatchesPageAsync(pageSize: 17);

        Assert.Equal(OsuSandboxCommunitySeed.MatchCount, newest.Count);
        Assert.Equal(newest.Select(m => m.Id).Reverse(), oldest.Select(m => m.Id));
        Assert.NotEmpty(open);
        Assert.All(open, m => Assert.Null(m.EndTime));
        Assert.Equal(17, page.Params!.Limit);
        Assert.Equal(page.Matches[^1].Id, page.Cursor!.MatchId);
        await Assert.ThrowsAsync<ArgumentException>(() => osu.Multiplayer.GetMatchesPageAsync(""));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_matchs_events_page_to_the_end_and_its_scores_agree_with_who_was_in_the_lobby(OsuScoreFormat format)
    {
        var osu = App(format);

        var events = await osu.Multiplayer.ListMatchEventsAsync(Match, pageSize: 4).ToListAsync();
        var details = await osu.Multiplayer.GetMatchAsync(Match);
        var window = await osu.Multiplayer.GetMatchAsync(Match, beforeEventId: details.LatestEventId, limit: 3);

        Assert.Equal(details.FirstEventId, events[0].Id);
        Assert.Equal(details.LatestEventId, events[^1].Id);
        Assert.Equal(events.Select(e => e.Id).Order(), events.Select(e => e.Id));
        Assert.Equal(events.TakeLast(4).SkipLast(1).Select(e => e.Id), window.Events.Select(e => e.Id));
        var lobby = new HashSet<long>();
        foreach (var matchEvent in events)
        {
            switch (matchEvent.Detail!.Type)
            {
                case "player-joined":
                    lobby.Add(matchEvent.UserId!.Value);
                    break;
                case "player-left":
                    lobby.Remove(matchEvent.UserId!.Value);
                    break;
                case "other" when matchEvent.Game is { } game:
                    Assert.Equal(lobby.Order(), game.Scores.Select(s => s.UserId).Order());
                    Assert.All(game.Scores, s => Assert.Equal(format, s.Format));
                    Assert.All(game.Scores, s => Assert.Equal("legacy_match_score", s.Type));
                    Assert.All(game.Scores, s => Assert.Contains(s.Match!.Team, new[] { "red", "blue" }));
                    Assert.All(game.Scores, s => Assert.Equal(game.Mods.Select(m => m.Acronym), s.Mods.Select(m => m.Acronym).Where(a => a != "CL")));
                    break;
            }
        }

        Assert.Contains(events, e => e.Game is { Scores.Count: 7 });
        Assert.Contains(events, e => e.Game is { Scores.Count: 8 });
        Assert.All(details.Events.Where(e => e.UserId is not null), e => Assert.Contains(details.Users, u => u.Id == e.UserId));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Multiplayer.GetMatchAsync(1));
    }

    [Fact]
    public async Task Rooms_filter_by_mode_type_group_and_category()
    {
        var guest = App();
        var user = await sandbox.AuthorizeAsync(sandbox.Storage(), "public", "identify");

        var active = await guest.Multiplayer.GetRoomsAsync();
        var ended = await guest.Multiplayer.GetRoomsAsync(new RoomsQuery { Mode = RoomListMode.Ended });
        var realtime = await guest.Multiplayer.GetRoomsAsync(new RoomsQuery { Mode = RoomListMode.All, TypeGroup = RoomTypeGroup.Realtime });
        var daily = await guest.Multiplayer.GetRoomsAsync(new RoomsQuery { Category = RoomCategory.DailyChallenge });
        var owned = await user.Multiplayer.GetRoomsAsync(new RoomsQuery { Mode = RoomListMode.Owned, TypeGroup = RoomTypeGroup.Realtime });
        var participated = await user.Multiplayer.GetRoomsAsync(new RoomsQuery { Mode = RoomListMode.Participated, Limit = 2 });

        Assert.All(active, r => Assert.True(r.Active));
        Assert.All(active, r => Assert.Equal("playlists", r.Type));
        Assert.All(ended, r => Assert.False(r.Active));
        Assert.NotEmpty(ended);
        Assert.Equal(["head_to_head", "team_versus"], realtime.Select(r => r.Type).Distinct().Order());
        Assert.Equal("daily_challenge", Assert.Single(daily).Category);
        Assert.All(owned, r => Assert.Equal(OsuSandboxCredentials.UserId, r.UserId));
        Assert.NotEmpty(owned);
        Assert.Equal(2, participated.Count);
        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => guest.Multiplayer.GetRoomsAsync(new RoomsQuery { Mode = RoomListMode.Owned }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => guest.Multiplayer.GetRoomsAsync(new RoomsQuery { Limit = 251 }));
    }

    [Fact]
    public async Task A_rooms_leaderboard_agrees_with_its_playlist_scores_which_page_to_the_end()
    {
        var user = await sandbox.AuthorizeAsync(sandbox.Storage(OsuScoreFormat.Legacy), "public", "identify");

        var room = await user.Multiplayer.GetRoomAsync(Room);
        var board = await user.Multiplayer.GetRoomLeaderboardAsync(Room);
        var perItem = new Dictionary<long, List<Score>>();
        foreach (var item in room.Playlist)
        {
            perItem[item.Id] = await user.Multiplayer.ListPlaylistScoresAsync(Room, item.Id, pageSize: 15).ToListAsync();
        }

        var lowestFirst = await user.Multiplayer.ListPlaylistScoresAsync(Room, Item, PlaylistScoreSort.LowestFirst).ToListAsync();
        var page = await user.Multiplayer.GetPlaylistScoresPageAsync(Room, Item, pageSize: 15);

        Assert.Equal(2, room.Playlist.Count);
        Assert.True(perItem[Item].Count > 15 * 2);
        Assert.Equal(page.Total, perItem[Item].Count);
        Assert.All(perItem.Values.SelectMany(s => s), s => Assert.Equal(OsuScoreFormat.Lazer, s.Format));
        Assert.All(perItem[Item], s => Assert.Equal((Room, Item), (s.RoomId, s.PlaylistItemId)));
        Assert.Equal(perItem[Item].Select(s => s.TotalScore).OrderDescending(), perItem[Item].Select(s => s.TotalScore));
        Assert.Equal(perItem[Item].Select(s => s.Id).Reverse(), lowestFirst.Select(s => s.Id));
        foreach (var entry in board.Leaderboard)
        {
            var bests = perItem.Values.Select(scores => scores.FirstOrDefault(s => s.UserId == entry.UserId)).OfType<Score>().ToList();
            Assert.Equal(bests.Sum(s => s.TotalScore ?? 0), entry.TotalScore);
        }

        Assert.Equal(board.Leaderboard.Select(e => e.TotalScore).OrderDescending(), board.Leaderboard.Select(e => e.TotalScore));
        Assert.Equal(OsuSandboxCredentials.UserId, board.UserScore!.UserId);
        Assert.Equal(OsuSandboxCredentials.UserId, room.CurrentUserScore!.UserId);
        Assert.Equal(board.UserScore.TotalScore, room.CurrentUserScore.TotalScore);
        Assert.Equal(OsuSandboxCredentials.UserId, page.UserScore!.UserId);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => user.Multiplayer.GetRoomAsync(1));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => user.Multiplayer.GetPlaylistScoresPageAsync(Room, 1));
    }

    [Fact]
    public async Task The_latest_featured_room_is_the_newest_spotlight_or_featured_artist_room()
    {
        var guest = App();

        var latest = await guest.Multiplayer.GetLatestFeaturedRoomAsync();
        var all = await guest.Multiplayer.GetRoomsAsync(new RoomsQuery { Mode = RoomListMode.All });
        var same = await guest.Multiplayer.GetRoomAsync(latest.Id);

        var featured = all.Where(r => r.Category is "spotlight" or "featured_artist").ToList();
        Assert.True(featured.Count > 1, "The sandbox seeds fewer than two featured rooms; the choice proves nothing.");
        Assert.Equal(featured.Max(r => r.Id), latest.Id);
        Assert.Equal(same.Name, latest.Name);
        Assert.NotEmpty(latest.Playlist);
    }
}
