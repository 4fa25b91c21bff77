using System.Net;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;
using Guildhall.Osu.Tests.Infrastructure;
using Guildhall.Osu.Tests.Wire;

namespace Guildhall.Osu.Tests.Clients;

/// <summary>What each call puts on the wire: path, query, <c>x-api-version</c> and body.</summary>
public sealed class RequestShapeTests : IAsyncDisposable
{
    private readonly StubOsuServer _server = new();
    private readonly HttpClient _http;
    private readonly OsuClientStorage _storage;

    public RequestShapeTests()
    {
        _http = new HttpClient(_server);
        _storage = new OsuClientStorage(_http, TestOptions.Create());
    }

    private OsuClient Osu => _storage.AppClient;

    public async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task Score_calls_send_the_version_of_the_format_asked_for()
    {
        _server.Json("GET", "users/5/scores/best", "[]");
        _server.Json("GET", "scores/9", OsuWire.LazerScore());

        await Osu.Users.ListScoresAsync(5, UserScoreType.Best).ToListAsync();
        await Osu.Users.ListScoresAsync(5, UserScoreType.Best, new UserScoresQuery { Format = OsuScoreFormat.Legacy }).ToListAsync();
        await Osu.Scores.GetAsync(9, OsuScoreFormat.Legacy);

        Assert.Equal(["20241024", "20220704", "20220704"], _server.ApiRequests.Select(request => request.ApiVersion));
    }

    [Fact]
    public async Task The_legacy_format_can_be_the_clients_default()
    {
        var options = TestOptions.Create();
        options.ScoreFormat = OsuScoreFormat.Legacy;
        await using var storage = new OsuClientStorage(_http, options);
        _server.Json("GET", "scores/osu/9", OsuWire.LegacyScore());
        _server.Json("GET", "users/2", OsuWire.UserProfile(2, "Skerry"));

        var score = await storage.AppClient.Scores.GetLegacyAsync(GameMode.Osu, 9);
        await storage.AppClient.Users.GetAsync(2);

        Assert.Equal(OsuScoreFormat.Legacy, score.Format);
        Assert.Equal(["20220704", "20241024"], _server.ApiRequests.Select(request => request.ApiVersion));
    }

    [Fact]
    public async Task User_score_lists_send_mode_paging_and_failures_only_for_recent_scores()
    {
        _server.Json("GET", "users/5/scores/recent", "[]");
        _server.Json("GET", "users/5/scores/best", "[]");

        await Osu.Users.ListScoresAsync(5, UserScoreType.Recent, new UserScoresQuery { Mode = GameMode.Mania, PageSize = 10, Offset = 20, IncludeFails = true, LegacyOnly = true }).ToListAsync();
        await Osu.Users.ListScoresAsync(5, UserScoreType.Best, new UserScoresQuery { IncludeFails = true }).ToListAsync();

        var requests = _server.ApiRequests.ToList();
        Assert.Equal("/api/v2/users/5/scores/recent?mode=mania&limit=10&offset=20&include_fails=1&legacy_only=1", requests[0].PathAndQuery);
        Assert.Equal("/api/v2/users/5/scores/best?limit=100&offset=0", requests[1].PathAndQuery);
    }

    [Fact]
    public async Task Offset_lists_page_until_a_short_page()
    {
        var pages = new Queue<string>([OsuWire.KudosuHistory(7), OsuWire.KudosuHistory(7), OsuWire.KudosuHistory(3), "[]"]);
        _server.Route("GET", "users/5/kudosu", _ => StubOsuServer.Respond(HttpStatusCode.OK, pages.Dequeue(), "application/json"));

        var all = await Osu.Users.ListKudosuHistoryAsync(5, pageSize: 7).ToListAsync();

        Assert.Equal(17, all.Count);
        Assert.Equal(["/api/v2/users/5/kudosu?limit=7&offset=0", "/api/v2/users/5/kudosu?limit=7&offset=7", "/api/v2/users/5/kudosu?limit=7&offset=14"], _server.ApiRequests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task Users_are_looked_up_by_id_name_or_numeric_name()
    {
        _server.Json("GET", "users/2/taiko", OsuWire.UserProfile(2, "Skerry"));
        _server.Json("GET", "users/some_player", OsuWire.UserProfile(2, "Skerry"));
        _server.Json("GET", "users/@1234", OsuWire.UserProfile(2, "Skerry"));

        await Osu.Users.GetAsync(2, GameMode.Taiko);
        await Osu.Users.GetAsync("some_player");
        await Osu.Users.GetAsync("1234", lookup: UserLookupType.Username);

        Assert.Equal(["/api/v2/users/2/taiko", "/api/v2/users/some_player", "/api/v2/users/@1234"], _server.ApiRequests.Select(request => request.Path));
        Assert.Throws<ArgumentException>(() => Osu.Users.GetAsync("some_player", lookup: UserLookupType.Id).GetAwaiter().GetResult());
    }

    [Fact]
    public async Task More_than_fifty_ids_are_split_into_several_requests()
    {
        _server.Json("GET", "users", """{"users":[]}""");
        _server.Json("GET", "beatmaps", """{"beatmaps":[]}""");

        await Osu.Users.GetManyAsync(Enumerable.Range(1, 120).Select(id => (long)id));
        await Osu.Beatmaps.GetManyAsync([1, 2]);

        var requests = _server.ApiRequests.ToList();
        Assert.Equal([50, 50, 20], requests.Take(3).Select(request => request.Query.GetValues("ids[]")!.Length));
        Assert.Equal(["1", "2"], requests[3].Query.GetValues("ids[]")!);
    }

    [Fact]
    public async Task Every_beatmapset_search_filter_reaches_the_query()
    {
        _server.Json("GET", "beatmapsets/search", OsuWire.BeatmapsetSearch(50, 8231, "eyJuZXh0IjoyfQ"));

        var page = await Osu.Beatmapsets.GetPageAsync(
            new BeatmapsetSearchQuery
            {
                Query = "stars>5",
                Mode = GameMode.Fruits,
                Category = BeatmapsetCategory.Loved,
                Genre = Genre.Electronic,
                Language = Language.Japanese,
                Extras = BeatmapsetExtras.Video | BeatmapsetExtras.Storyboard,
                General = BeatmapsetGeneralFilters.RecommendedDifficulty | BeatmapsetGeneralFilters.IncludeConverts | BeatmapsetGeneralFilters.FollowedMappers | BeatmapsetGeneralFilters.Spotlights | BeatmapsetGeneralFilters.FeaturedArtists,
                RanksAchieved = [ScoreRank.SilverSS, ScoreRank.A],
                Played = BeatmapsetPlayedFilter.Unplayed,
                IncludeExplicit = false,
                Sort = BeatmapsetSortField.Plays,
                SortAscending = true,
            },
            "eyJpZCI6MX0");

        var query = Assert.Single(_server.ApiRequests).Query;
        Assert.Equal("stars>5", query["q"]);
        Assert.Equal("2", query["m"]);
        Assert.Equal("loved", query["s"]);
        Assert.Equal("10", query["g"]);
        Assert.Equal("3", query["l"]);
        Assert.Equal("video.storyboard", query["e"]);
        Assert.Equal("recommended.converts.follows.spotlights.featured_artists", query["c"]);
        Assert.Equal("XH.A", query["r"]);
        Assert.Equal("unplayed", query["played"]);
        Assert.Equal("false", query["nsfw"]);
        Assert.Equal("plays_asc", query["sort"]);
        Assert.Equal("eyJpZCI6MX0", query["cursor_string"]);
        Assert.Equal(8231, page.Total);
        Assert.Equal(50, page.Beatmapsets.Count);
    }

    [Fact]
    public async Task Cursor_lists_follow_the_cursor_string_and_stop_without_one()
    {
        _server.Route("GET", "beatmapsets/search", request => StubOsuServer.Respond(
            HttpStatusCode.OK,
            request.Query["cursor_string"] is null ? OsuWire.BeatmapsetSearch(50, 70, "eyJwYWdlIjoyfQ") : OsuWire.BeatmapsetSearch(20, 70, cursor: null, firstId: 2_500_000),
            "application/json"));

        var all = await Osu.Beatmapsets.ListAsync().ToListAsync();

        Assert.Equal(70, all.Count);
        Assert.Equal([null, "eyJwYWdlIjoyfQ"], _server.ApiRequests.Select(request => request.Query["cursor_string"]));
    }

    [Fact]
    public async Task Leaderboards_send_mode_mods_type_and_limit()
    {
        _server.Json("GET", "beatmaps/7/scores", OsuWire.Leaderboard(5, 5291));
        _server.Json("GET", "beatmaps/7/scores/users/3/all", OsuWire.UserBeatmapScores());

        var board = await Osu.Beatmaps.GetScoresAsync(7, new BeatmapScoresQuery { Mode = GameMode.Osu, Mods = ["HD", "DT"], Type = BeatmapScoreboardType.Country, Limit = 5, LegacyOnly = true });
        var mine = await Osu.Beatmaps.GetUserScoresAsync(7, 3, GameMode.Taiko, legacyOnly: true);

        var requests = _server.ApiRequests.ToList();
        Assert.Equal("/api/v2/beatmaps/7/scores?mode=osu&mods[]=HD&mods[]=DT&type=country&limit=5&legacy_only=1", Uri.UnescapeDataString(requests[0].PathAndQuery));
        Assert.Equal("/api/v2/beatmaps/7/scores/users/3/all?ruleset=taiko&legacy_only=1", requests[1].PathAndQuery);
        Assert.Equal(5291, board.ScoreCount);
        Assert.Single(mine);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Osu.Beatmaps.GetScoresAsync(7, new BeatmapScoresQuery { Limit = 101 }));
    }

    [Fact]
    public async Task Attributes_are_asked_with_a_json_body_of_mods_and_ruleset()
    {
        _server.Json("POST", "beatmaps/7/attributes", OsuWire.TaikoAttributes(1.694360030057851e-08));

        var attributes = await Osu.Beatmaps.GetAttributesAsync(7, GameMode.Taiko, Guildhall.Osu.Mods.ModConverter.ToMods(Guildhall.Osu.Mods.LegacyMods.HardRock | Guildhall.Osu.Mods.LegacyMods.Nightcore));

        var request = Assert.Single(_server.ApiRequests);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"mods":[{"acronym":"HR"},{"acronym":"NC"}],"ruleset":"taiko"}""", request.Body);
        Assert.Equal(1.694360030057851e-08, attributes.MonoStaminaFactor);
    }

    [Fact]
    public async Task Lookups_send_what_they_were_given()
    {
        _server.Json("GET", "beatmaps/lookup", OsuWire.Beatmap(7, 70));
        _server.Json("GET", "beatmapsets/lookup", OsuWire.Beatmapset(70));

        await Osu.Beatmaps.LookupAsync(checksum: "abc", filename: "a b.osu");
        await Osu.Beatmapsets.LookupAsync(42);

        var requests = _server.ApiRequests.ToList();
        Assert.Equal("/api/v2/beatmaps/lookup?checksum=abc&filename=a%20b.osu", requests[0].PathAndQuery);
        Assert.Equal("/api/v2/beatmapsets/lookup?beatmap_id=42", requests[1].PathAndQuery);
        await Assert.ThrowsAsync<ArgumentException>(() => Osu.Beatmaps.LookupAsync());
    }

    [Fact]
    public async Task Rankings_send_their_filters()
    {
        _server.Json("GET", "rankings/mania/performance", """{"ranking":[],"total":0,"cursor":null}""");
        _server.Json("GET", "rankings/osu/charts", """{"ranking":[],"beatmapsets":[],"spotlight":null}""");
        _server.Json("GET", "rankings/kudosu", OsuWire.KudosuRanking(50));
        _server.Json("GET", "spotlights", OsuWire.Spotlights());

        await Osu.Rankings.GetUsersPageAsync(GameMode.Mania, RankingType.Performance, new RankingsQuery { Country = "JP", Filter = RankingFilter.Friends, Variant = ManiaVariant.SevenKeys }, "abc");
        await Osu.Rankings.GetChartsAsync(GameMode.Osu, 276);
        var kudosu = await Osu.Rankings.ListKudosuAsync().AsPages().FirstAsync();
        var spotlights = await Osu.Rankings.GetSpotlightsAsync();

        var requests = _server.ApiRequests.ToList();
        Assert.Equal("/api/v2/rankings/mania/performance?filter=friends&variant=7k&country=JP&cursor_string=abc", requests[0].PathAndQuery);
        Assert.Equal("/api/v2/rankings/osu/charts?spotlight=276", requests[1].PathAndQuery);
        Assert.Equal("/api/v2/rankings/kudosu?page=1", requests[2].PathAndQuery);
        Assert.Equal("2", kudosu.ContinuationToken);  // Core's page-number token: the next page in decimal
        Assert.Equal([301, 302], spotlights.Select(spotlight => spotlight.Id));
    }

    [Fact]
    public async Task The_friends_list_asks_for_relations_whatever_the_default_version()
    {
        _server.Json("GET", "friends", "[]");
        var token = await _storage.OAuth.ExchangeCodeAsync("code-for-3");
        var user = await _storage.AddClientAsync(token);

        await user.Users.GetFriendsAsync();

        Assert.Equal(OsuApiVersions.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), _server.ApiRequests.Single().ApiVersion);
        Assert.True(OsuApiVersions.Current >= OsuApiVersions.FriendRelations);
    }

    [Fact]
    public async Task A_malformed_continuation_token_is_refused()
    {
        var list = Osu.Users.ListKudosuHistoryAsync(5);

        await Assert.ThrowsAsync<ArgumentException>(async () => await list.AsPages("not-a-number").FirstAsync());
    }

    // Every one-page call of a cursor_string list refuses an empty cursor before sending (osu! would answer the first page
    // again, so a caller that lost its cursor would loop), naming its parameter.
    public static TheoryData<string, string> CursorStringPageCalls => new()
    {
        { "packs", "continuationToken" },
        { "featured tracks", "continuationToken" },
        { "discussions", "continuationToken" },
        { "discussion posts", "continuationToken" },
        { "discussion votes", "continuationToken" },
        { "news", "continuationToken" },
        { "forum topic", "continuationToken" },
        { "matches", "continuationToken" },
        { "playlist scores", "continuationToken" },
        { "beatmapset search", "cursorString" },
        { "user rankings", "cursorString" },
    };

    [Theory]
    [MemberData(nameof(CursorStringPageCalls))]
    public async Task An_empty_cursor_is_refused_before_sending(string call, string parameter)
    {
        var osu = Osu;
        Func<Task> send = call switch
        {
            "packs" => () => osu.BeatmapPacks.GetPageAsync(continuationToken: ""),
            "featured tracks" => () => osu.Content.GetFeaturedTracksPageAsync(continuationToken: ""),
            "discussions" => () => osu.Discussions.GetPageAsync(continuationToken: ""),
            "discussion posts" => () => osu.Discussions.GetPostsPageAsync(continuationToken: ""),
            "discussion votes" => () => osu.Discussions.GetVotesPageAsync(continuationToken: ""),
            "news" => () => osu.News.GetPageAsync(continuationToken: ""),
            "forum topic" => () => osu.Forum.GetTopicPageAsync(1, continuationToken: ""),
            "matches" => () => osu.Multiplayer.GetMatchesPageAsync(continuationToken: ""),
            "playlist scores" => () => osu.Multiplayer.GetPlaylistScoresPageAsync(1, 2, continuationToken: ""),
            "beatmapset search" => () => osu.Beatmapsets.GetPageAsync(cursorString: ""),
            "user rankings" => () => osu.Rankings.GetUsersPageAsync(GameMode.Osu, RankingType.Performance, cursorString: ""),
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(send);

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(_server.Requests);
    }
}
