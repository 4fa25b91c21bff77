using Guildhall.Core.Errors;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>Every endpoint of the package against the sandbox, through the whole pipeline, in both score formats.</summary>
public sealed class SandboxEndpointTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private const long Staff = OsuSandboxSeed.StaffUserId;
    private const long Me = OsuSandboxCredentials.UserId;
    private const long FeaturedBeatmap = OsuSandboxSeed.FeaturedBeatmapId;
    private const long FeaturedBeatmapset = OsuSandboxSeed.FeaturedBeatmapsetId;
    private const long LazerScoreId = OsuSandboxSeed.LazerScoreId;
    private const long LegacyScoreId = OsuSandboxSeed.LegacyScoreId;

    public static TheoryData<OsuScoreFormat> Formats() => [OsuScoreFormat.Lazer, OsuScoreFormat.Legacy];

    private OsuClient App(OsuScoreFormat format = OsuScoreFormat.Lazer) => sandbox.Storage(format).AppClient;

    [Fact]
    public async Task Users_by_id_by_name_and_by_numeric_name()
    {
        var osu = App();

        var byId = await osu.Users.GetAsync(Staff);
        var byName = await osu.Users.GetAsync(OsuSandboxSeed.StaffUsername);
        var inTaiko = await osu.Users.GetAsync(Staff, GameMode.Taiko);

        Assert.Equal(OsuSandboxSeed.StaffUsername, byId.Username);
        Assert.Equal(Staff, byName.Id);
        Assert.NotNull(byId.Statistics);
        Assert.Equal(GameMode.Taiko, inTaiko.RankHistory?.Mode ?? GameMode.Taiko);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Users.GetAsync("2", lookup: UserLookupType.Username));
    }

    [Fact]
    public async Task Several_users_at_once()
    {
        var users = await App().Users.GetManyAsync([Staff, Me, 999_999_999]);

        Assert.Equal(new[] { Staff, Me }.Order(), users.Select(user => user.Id).Order());
        Assert.All(users, user => Assert.NotNull(user.StatisticsByMode));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_kind_of_user_score_in_either_format(OsuScoreFormat format)
    {
        var osu = App(format);
        foreach (var type in Enum.GetValues<UserScoreType>())
        {
            var scores = await osu.Users.ListScoresAsync(Me, type, new UserScoresQuery { IncludeFails = true }).ToListAsync();

            Assert.NotEmpty(scores);
            Assert.All(scores, score => Assert.Equal(format, score.Format));
            Assert.All(scores, score => Assert.Equal(Me, score.UserId));
        }

        var best = await osu.Users.ListScoresAsync(Me, UserScoreType.Best).ToListAsync();
        Assert.NotEmpty(best);
        Assert.All(best, score => Assert.NotNull(score.Weight));
    }

    [Fact]
    public async Task A_user_score_list_pages_to_its_end_without_repeats()
    {
        var osu = App();
        var whole = await osu.Users.ListScoresAsync(Me, UserScoreType.Best, new UserScoresQuery { PageSize = 100 }).ToListAsync();

        var pages = await osu.Users.ListScoresAsync(Me, UserScoreType.Best, new UserScoresQuery { PageSize = 7 }).AsPages().ToListAsync();

        Assert.True(pages.Count > 1);
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(whole.Select(score => score.Id), pages.SelectMany(page => page.Items).Select(score => score.Id));
    }

    [Fact]
    public async Task Recent_scores_include_failures_only_when_asked()
    {
        var osu = App();

        var passes = await osu.Users.ListScoresAsync(Me, UserScoreType.Recent).ToListAsync();
        var all = await osu.Users.ListScoresAsync(Me, UserScoreType.Recent, new UserScoresQuery { IncludeFails = true }).ToListAsync();

        Assert.NotEmpty(passes);
        Assert.All(passes, score => Assert.True(score.Passed));
        Assert.True(all.Count >= passes.Count);
    }

    [Fact]
    public async Task A_page_can_be_resumed_from_its_continuation_token()
    {
        var list = App().Users.ListScoresAsync(Me, UserScoreType.Best, new UserScoresQuery { PageSize = 5 });
        var first = await list.AsPages().FirstAsync();

        var resumed = await list.AsPages(first.ContinuationToken).FirstAsync();

        Assert.Equal("5", first.ContinuationToken);
        Assert.DoesNotContain(resumed.Items, score => first.Items.Any(seen => seen.Id == score.Id));
    }

    [Fact]
    public async Task User_beatmapsets_most_played_activity_and_kudosu_page_to_their_end()
    {
        var osu = App();

        foreach (var type in Enum.GetValues<UserBeatmapsetType>())
        {
            var sets = await osu.Users.ListBeatmapsetsAsync(Me, type, pageSize: 3).ToListAsync();
            Assert.Equal(sets.Count, sets.Select(set => set.Id).Distinct().Count());
        }

        Assert.NotEmpty(await osu.Users.ListBeatmapsetsAsync(Me, UserBeatmapsetType.Favourite).ToListAsync());
        var played = await osu.Users.ListMostPlayedAsync(Me, pageSize: 4).ToListAsync();
        Assert.NotEmpty(played);
        Assert.All(played, entry => Assert.Equal(entry.BeatmapId, entry.Beatmap!.Id));
        var activity = await osu.Users.ListRecentActivityAsync(Me, pageSize: 10).ToListAsync();
        Assert.InRange(activity.Count, 1, 100);
        Assert.NotEmpty(activity);
        Assert.All(activity, item => Assert.NotEqual(ActivityEventType.Unknown, item.Type));
        var kudosu = await osu.Users.ListKudosuHistoryAsync(Me, pageSize: 2).ToListAsync();
        Assert.NotEmpty(kudosu);
        Assert.All(kudosu, entry => Assert.NotEmpty(entry.Action));
    }

    [Fact]
    public async Task Beatmaps_by_id_by_ids_and_by_lookup()
    {
        var osu = App();

        var beatmap = await osu.Beatmaps.GetAsync(FeaturedBeatmap);
        var many = await osu.Beatmaps.GetManyAsync([FeaturedBeatmap, FeaturedBeatmap - 9]);
        var byChecksum = await osu.Beatmaps.LookupAsync(checksum: beatmap.Checksum);
        var byId = await osu.Beatmaps.LookupAsync(beatmapId: FeaturedBeatmap);

        Assert.Equal(FeaturedBeatmapset, beatmap.Beatmapset!.Id);
        Assert.NotNull(beatmap.Failtimes);
        Assert.Equal(2, many.Count);
        Assert.Equal(FeaturedBeatmap, byChecksum.Id);
        Assert.Equal(FeaturedBeatmap, byId.Id);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Beatmaps.LookupAsync(checksum: "00000000000000000000000000000000"));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Beatmaps.GetAsync(1));
    }

    [Fact]
    public async Task Difficulty_attributes_with_mode_and_mods()
    {
        var osu = App();

        var plain = await osu.Beatmaps.GetAttributesAsync(FeaturedBeatmap);
        var doubleTime = await osu.Beatmaps.GetAttributesAsync(FeaturedBeatmap, GameMode.Osu, [new GameMod("DT")]);
        var fromFlags = await osu.Beatmaps.GetAttributesAsync(FeaturedBeatmap, GameMode.Osu, Osu.Mods.LegacyMods.DoubleTime | Osu.Mods.LegacyMods.Hidden);
        var converted = await osu.Beatmaps.GetAttributesAsync(FeaturedBeatmap, GameMode.Taiko);

        Assert.True(doubleTime.StarRating > plain.StarRating);
        Assert.Equal(doubleTime.StarRating, fromFlags.StarRating);
        Assert.NotNull(plain.AimDifficulty);
        Assert.Null(converted.AimDifficulty);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_beatmap_leaderboard_and_a_users_scores_on_it(OsuScoreFormat format)
    {
        var osu = App(format);

        var board = await osu.Beatmaps.GetScoresAsync(FeaturedBeatmap, new BeatmapScoresQuery { Limit = 10 });
        var mine = await osu.Beatmaps.GetUserScoresAsync(FeaturedBeatmap, board.Scores[0].UserId);

        Assert.InRange(board.Scores.Count, 1, 10);
        Assert.NotEmpty(board.Scores);
        Assert.All(board.Scores, score => Assert.Equal(format, score.Format));
        Assert.NotEmpty(mine);
        Assert.All(mine, score => Assert.Equal(format, score.Format));
        await Assert.ThrowsAsync<ApiValidationException>(() => osu.Beatmaps.GetScoresAsync(FeaturedBeatmap, new BeatmapScoresQuery { Type = BeatmapScoreboardType.Country }));
    }

    [Fact]
    public async Task Beatmapsets_by_id_and_by_one_of_their_beatmaps()
    {
        var osu = App();

        var set = await osu.Beatmapsets.GetAsync(FeaturedBeatmapset);
        var looked = await osu.Beatmapsets.LookupAsync(FeaturedBeatmap);

        Assert.Equal(FeaturedBeatmapset, looked.Id);
        Assert.Contains(set.Beatmaps, beatmap => beatmap.Id == FeaturedBeatmap);
        Assert.NotNull(set.Covers?.Cover2x);
    }

    [Fact]
    public async Task A_beatmapset_search_pages_with_its_cursor_to_the_end()
    {
        var osu = App();
        var query = new BeatmapsetSearchQuery { Category = BeatmapsetCategory.Any };

        var first = await osu.Beatmapsets.GetPageAsync(query);
        var all = await osu.Beatmapsets.ListAsync(query).ToListAsync();

        Assert.Equal(first.Total, all.Count);
        Assert.Equal(all.Count, all.Select(set => set.Id).Distinct().Count());
        Assert.True(all.Count > first.Beatmapsets.Count);
    }

    [Fact]
    public async Task Search_filters_reach_the_server()
    {
        var osu = App();

        var mania = await osu.Beatmapsets.ListAsync(new BeatmapsetSearchQuery { Mode = GameMode.Mania, Category = BeatmapsetCategory.Any }).ToListAsync();
        var artist = await osu.Beatmapsets.ListAsync(new BeatmapsetSearchQuery { Query = OsuSandboxSeed.FeaturedArtist, Sort = BeatmapsetSortField.Title, SortAscending = true }).ToListAsync();
        var withVideo = await osu.Beatmapsets.ListAsync(new BeatmapsetSearchQuery { Extras = Queries.BeatmapsetExtras.Video, Category = BeatmapsetCategory.Any }).ToListAsync();
        var graveyard = await osu.Beatmapsets.ListAsync(new BeatmapsetSearchQuery { Category = BeatmapsetCategory.Graveyard }).ToListAsync();

        Assert.NotEmpty(mania);
        Assert.All(mania, set => Assert.Contains(set.Beatmaps, beatmap => beatmap.Mode == GameMode.Mania));
        var word = OsuSandboxSeed.FeaturedArtist.Split(' ')[0];
        Assert.NotEmpty(artist);
        Assert.All(artist, set => Assert.Contains(word, $"{set.Artist} {set.Title} {set.Tags} {set.Creator}", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(artist.Select(set => set.Title).Order(StringComparer.OrdinalIgnoreCase), artist.Select(set => set.Title));
        Assert.NotEmpty(withVideo);
        Assert.All(withVideo, set => Assert.True(set.Video));
        Assert.NotEmpty(graveyard);
        Assert.All(graveyard, set => Assert.Equal(RankStatus.Graveyard, set.Status));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_score_by_lazer_id_and_by_legacy_id(OsuScoreFormat format)
    {
        var osu = App(format);

        var byLazerId = await osu.Scores.GetAsync(LazerScoreId);
        var byLegacyId = await osu.Scores.GetLegacyAsync(GameMode.Osu, LegacyScoreId);
        var overridden = await osu.Scores.GetAsync(LazerScoreId, format == OsuScoreFormat.Lazer ? OsuScoreFormat.Legacy : OsuScoreFormat.Lazer);

        Assert.Equal(format, byLazerId.Format);
        Assert.Equal(format, byLegacyId.Format);
        Assert.NotEqual(format, overridden.Format);
        Assert.Equal(byLazerId.Timestamp, byLegacyId.Timestamp);
        Assert.NotNull(byLazerId.Beatmap);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Scores.GetAsync(1));
    }

    [Fact]
    public async Task Performance_and_score_rankings_page_with_their_cursor()
    {
        var osu = App();

        var performance = await osu.Rankings.ListUsersAsync(GameMode.Osu, RankingType.Performance).ToListAsync();
        var first = await osu.Rankings.GetUsersPageAsync(GameMode.Osu, RankingType.Score);
        var inCountry = await osu.Rankings.ListUsersAsync(GameMode.Osu, RankingType.Performance, new RankingsQuery { Country = "US" }).ToListAsync();

        Assert.NotEmpty(performance);
        Assert.Equal(performance.Select(entry => entry.Pp).OrderDescending(), performance.Select(entry => entry.Pp));
        Assert.All(performance, entry => Assert.NotNull(entry.User));
        Assert.NotEmpty(first.Ranking);
        Assert.NotEmpty(inCountry);
        Assert.All(inCountry, entry => Assert.Equal("US", entry.User!.CountryCode));
    }

    [Fact]
    public async Task Country_charts_kudosu_rankings_and_spotlights()
    {
        var osu = App();

        var countries = await osu.Rankings.ListCountriesAsync(GameMode.Osu).ToListAsync();
        var spotlights = await osu.Rankings.GetSpotlightsAsync();
        var charts = await osu.Rankings.GetChartsAsync(GameMode.Osu, spotlights[0].Id);
        var kudosu = await osu.Rankings.ListKudosuAsync().ToListAsync();

        Assert.NotEmpty(countries);
        Assert.All(countries, country => Assert.NotNull(country.Country));
        Assert.NotEmpty(spotlights);
        Assert.Equal(spotlights[0].Id, charts.Spotlight!.Id);
        Assert.NotEmpty(kudosu);
        Assert.Equal(kudosu.Select(user => user.Kudosu!.Total).OrderDescending(), kudosu.Select(user => user.Kudosu!.Total));
    }

    [Fact]
    public async Task The_global_event_feed_pages_to_its_end_in_both_orders()
    {
        var osu = App();

        var newest = await osu.Events.ListAsync().ToListAsync();
        var oldest = await osu.Events.ListAsync(EventSort.OldestFirst).ToListAsync();

        Assert.NotEmpty(newest);
        Assert.Equal(newest.Select(item => item.Id).OrderDescending(), newest.Select(item => item.Id));
        Assert.Equal(newest.Select(item => item.Id).Order(), oldest.Select(item => item.Id));
    }

    [Fact]
    public async Task The_site_search_over_users_and_wiki_pages()
    {
        var osu = App();

        var both = await osu.Search.GetPageAsync("pe");
        var users = await osu.Search.ListUsersAsync("a").ToListAsync();
        var wiki = await osu.Search.ListWikiPagesAsync("osu").ToListAsync();

        Assert.NotNull(both.User);
        Assert.NotNull(both.WikiPage);
        Assert.Contains(users, user => user.Id == Me);
        Assert.InRange(users.Count, 1, 100);
        Assert.Equal(users.Count, users.Select(user => user.Id).Distinct().Count());
        Assert.NotEmpty(wiki);
    }
}
