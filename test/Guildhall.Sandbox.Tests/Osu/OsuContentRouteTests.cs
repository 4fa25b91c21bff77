using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>The content and community routes' own rules: which need no token, the replay bucket and file, the website route's JSON, the events' kinds.</summary>
public sealed class OsuContentRouteTests
{
    [Theory]
    [InlineData("osu/api/v2/news")]
    [InlineData("osu/api/v2/changelog")]
    [InlineData("osu/api/v2/comments")]
    [InlineData("osu/api/v2/seasonal-backgrounds")]
    [InlineData("osu/api/v2/wiki/en/Main_page")]
    public async Task The_public_content_needs_no_token(string path)
    {
        await using var host = await OsuTestHost.StartAsync();

        using var response = await host.GetAsync(path, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("osu/api/v2/beatmaps/packs")]
    [InlineData("osu/api/v2/beatmapsets/discussions")]
    [InlineData("osu/api/v2/beatmapsets/events")]
    public async Task The_community_routes_need_a_token(string path)
    {
        await using var host = await OsuTestHost.StartAsync();

        using var response = await host.GetAsync(path, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Replay_downloads_have_a_bucket_of_ten_a_minute_apart_from_the_api()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        var path = $"osu/api/v2/scores/{OsuSandboxSeed.LazerScoreId}/download";
        for (var i = 0; i < 10; i++)
        {
            using var ok = await host.GetAsync(path, token);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await host.GetAsync(path, token);
        using var otherCall = await host.GetAsync(OsuTestHost.StaffPath, token);
        host.Time.Advance(TimeSpan.FromSeconds(60));
        using var afterWindow = await host.GetAsync(path, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherCall.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
        Assert.Equal("application/x-osu-replay", afterWindow.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await afterWindow.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task A_replay_of_an_unknown_score_is_not_found_by_either_id()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();

        using var lazer = await host.GetAsync("osu/api/v2/scores/1/download", token);
        using var legacy = await host.GetAsync("osu/api/v2/scores/osu/1/download", token);
        using var ruleset = await host.GetAsync($"osu/api/v2/scores/chess/{OsuSandboxSeed.LegacyScoreId}/download", token);

        Assert.Equal(HttpStatusCode.NotFound, lazer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, legacy.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ruleset.StatusCode);
    }

    [Fact]
    public async Task News_titles_number_the_posts_without_calling_them_issues()
    {
        await using var host = await OsuTestHost.StartAsync();

        var titles = (await host.GetJsonAsync("osu/api/v2/news?limit=21", null))["news_posts"]!.AsArray().Select(p => p!["title"]!.GetValue<string>()).ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.Matches(@"^.+: no\. \d+$", title));
    }

    [Fact]
    public async Task The_featured_track_search_answers_json_only_when_asked_for_it()
    {
        await using var host = await OsuTestHost.StartAsync();

        using var page = await host.Http.GetAsync(new Uri("osu/beatmaps/artists/tracks", UriKind.Relative));
        var json = await host.GetJsonAsync("osu/beatmaps/artists/tracks?limit=5", null);

        Assert.StartsWith("text/html", page.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, json["artist_tracks"]!.AsArray().Count);
        Assert.NotNull(json["cursor_string"]);
    }

    [Fact]
    public async Task A_track_cursor_naming_an_unknown_track_goes_on_from_its_sort_value()
    {
        await using var host = await OsuTestHost.StartAsync();
        var all = (await host.GetJsonAsync("osu/beatmaps/artists/tracks?sort=bpm_asc&limit=50", null))["artist_tracks"]!.AsArray();
        var bpm = all[5]!["bpm"]!.GetValue<double>();

        // No track has id 0: the cursor still points between the slower tracks and those at this bpm or faster.
        var cursor = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{{\"bpm\":{bpm.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"id\":0}}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var page = (await host.GetJsonAsync($"osu/beatmaps/artists/tracks?sort=bpm_asc&limit=3&cursor_string={cursor}", null))["artist_tracks"]!.AsArray();

        Assert.Equal(
            all.SkipWhile(t => t!["bpm"]!.GetValue<double>() < bpm).Take(3).Select(t => t!["id"]!.GetValue<long>()),
            page.Select(t => t!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Beatmapset_events_cover_every_kind_and_filter_by_kind()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();

        var all = await host.GetJsonAsync("osu/api/v2/beatmapsets/events?limit=50&page=1", token);
        var second = await host.GetJsonAsync("osu/api/v2/beatmapsets/events?limit=50&page=2", token);
        var resets = await host.GetJsonAsync("osu/api/v2/beatmapsets/events?types[]=nomination_reset&limit=50", token);
        var kinds = all["events"]!.AsArray().Concat(second["events"]!.AsArray()).Select(e => e!["type"]!.GetValue<string>()).ToHashSet();

        Assert.Equal(28, kinds.Count);
        Assert.Equal(4, resets["events"]!.AsArray().Count);
        Assert.All(resets["events"]!.AsArray(), e => Assert.NotNull(e!["discussion"]!["starting_post"]));
        Assert.Equal(10, all["reviewsConfig"]!["max_blocks"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_wiki_locale_that_is_not_one_redirects_to_english()
    {
        await using var host = await OsuTestHost.StartAsync();
        using var response = await host.Http.GetAsync(new Uri("osu/api/v2/wiki/xx/People/Beatmap_Nominators", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/osu/api/v2/wiki/en/People/Beatmap_Nominators", response.Headers.Location?.OriginalString);
    }
}
