using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuBeatmapsetRouteTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private OsuTestHost Host => shared.Host;

    [Fact]
    public async Task Beatmapset_lists_converts_for_osu_maps()
    {
        var set = await Host.GetJsonAsync($"osu/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}", shared.ClientToken);

        Assert.NotEmpty(set["beatmaps"]!.AsArray());
        Assert.NotEmpty(set["converts"]!.AsArray());
        Assert.All(set["converts"]!.AsArray(), c => Assert.True(c!["convert"]!.GetValue<bool>()));
        Assert.Equal(["taiko", "fruits", "mania"], set["converts"]!.AsArray().Take(3).Select(c => c!["mode"]!.GetValue<string>()));
        Assert.Equal("Pop", set["genre"]!["name"]!.GetValue<string>());
        Assert.Equal(set["user_id"]!.GetValue<long>(), set["user"]!["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Unknown_sets_and_lookups_answer_osus_404s()
    {
        var set = await Host.GetJsonAsync("osu/api/v2/beatmapsets/1", shared.ClientToken, HttpStatusCode.NotFound);
        var lookup = await Host.GetJsonAsync("osu/api/v2/beatmapsets/lookup?beatmap_id=1", shared.ClientToken, HttpStatusCode.NotFound);
        var noParameter = await Host.GetJsonAsync("osu/api/v2/beatmapsets/lookup", shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal("Specified beatmap couldn't be found.", set["error"]!.GetValue<string>());
        Assert.Equal("Specified beatmap difficulty couldn't be found.", lookup["error"]!.GetValue<string>());
        Assert.Equal("""{"error":null}""", noParameter.ToJsonString());
    }

    [Fact]
    public async Task Lookup_by_beatmap_id_returns_the_full_set()
    {
        var set = await Host.GetJsonAsync($"osu/api/v2/beatmapsets/lookup?beatmap_id={OsuSandboxSeed.FeaturedBeatmapId}", shared.ClientToken);

        Assert.Equal(OsuSandboxSeed.FeaturedBeatmapsetId, set["id"]!.GetValue<long>());
        Assert.Contains(set["beatmaps"]!.AsArray(), b => b!["id"]!.GetValue<long>() == OsuSandboxSeed.FeaturedBeatmapId);
    }

    [Fact]
    public async Task Search_without_filters_lists_leaderboard_sets_newest_ranked_first()
    {
        var body = await Host.GetJsonAsync("osu/api/v2/beatmapsets/search", shared.ClientToken);

        Assert.Equal(["beatmapsets", "search", "recommended_difficulty", "error", "total", "cursor", "cursor_string"], OsuJson.Keys(body));
        Assert.Equal("ranked_desc", body["search"]!["sort"]!.GetValue<string>());
        Assert.Null(body["recommended_difficulty"]);
        var sets = body["beatmapsets"]!.AsArray();
        Assert.All(sets, s => Assert.Contains(s!["status"]!.GetValue<string>(), new[] { "ranked", "approved", "loved" }));
        Assert.All(sets, s => Assert.False(s!["nsfw"]!.GetValue<bool>()));
        Assert.NotEmpty(sets);
        var dates = sets.Select(s => s!["ranked_date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("nsfw=true&s=any", "approved_date")]
    [InlineData("nsfw=true&s=any&q=e", "_score")]
    [InlineData("nsfw=true&s=any&sort=title_asc", "title.raw")]
    public async Task Search_pages_with_cursor_string_to_the_end(string query, string cursorField)
    {
        var seen = new List<long>();
        string? cursor = null;
        int total;
        var pages = 0;
        do
        {
            var body = await Host.GetJsonAsync("osu/api/v2/beatmapsets/search?" + query + (cursor is null ? "" : "&cursor_string=" + cursor), shared.ClientToken);
            total = body["total"]!.GetValue<int>();
            if (body["cursor"] is JsonObject next)
            {
                Assert.Equal([cursorField, "id"], OsuJson.Keys(next));
            }

            seen.AddRange(body["beatmapsets"]!.AsArray().Select(s => s!["id"]!.GetValue<long>()));
            cursor = body["cursor_string"]?.GetValue<string>();
            Assert.Equal(cursor is null, body["cursor"] is null);
            Assert.True(++pages < 1000, "the cursor never ran out");
        }
        while (cursor is not null);

        Assert.True(total > 50, "the seeded world has more than one page of sets");
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Search_filters_by_ruleset_status_keywords_and_inline_options()
    {
        var mania = await Sets("m=3&nsfw=true");
        var loved = await Sets("s=loved&nsfw=true");
        var graveyard = await Sets("s=graveyard");
        var word = OsuSandboxSeed.FeaturedArtist.Split(' ')[0].ToLowerInvariant();
        var keyword = await Host.GetJsonAsync($"osu/api/v2/beatmapsets/search?q={word}&nsfw=true", shared.ClientToken);
        var hard = await Sets("q=" + Uri.EscapeDataString("stars>7") + "&nsfw=true");
        var artist = await Sets("q=" + Uri.EscapeDataString($"artist=\"{OsuSandboxSeed.FeaturedArtist}\"") + "&nsfw=true");

        Assert.NotEmpty(mania);
        Assert.All(mania, s => Assert.Contains(s!["beatmaps"]!.AsArray(), b => b!["mode"]!.GetValue<string>() == "mania"));
        Assert.NotEmpty(loved);
        Assert.All(loved, s => Assert.Equal("loved", s!["status"]!.GetValue<string>()));
        Assert.All(graveyard, s => Assert.Equal("graveyard", s!["status"]!.GetValue<string>()));
        Assert.Equal("relevance_desc", keyword["search"]!["sort"]!.GetValue<string>());
        Assert.NotEmpty(keyword["beatmapsets"]!.AsArray());
        Assert.All(keyword["beatmapsets"]!.AsArray(), s => Assert.Contains(word, s!.ToJsonString(), StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(hard);
        Assert.All(hard, s => Assert.Contains(s!["beatmaps"]!.AsArray(), b => b!["difficulty_rating"]!.GetValue<double>() > 7));
        Assert.NotEmpty(artist);
        Assert.All(artist, s => Assert.Equal(OsuSandboxSeed.FeaturedArtist, s!["artist"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_sorts_and_applies_supporter_only_filters_only_for_supporters()
    {
        var byPlays = await Sets("sort=plays_asc&nsfw=true");
        var ranks = await Host.GetJsonAsync("osu/api/v2/beatmapsets/search?r=S", shared.UserToken);
        var withUser = await Host.GetJsonAsync("osu/api/v2/beatmapsets/search", shared.UserToken);
        var recommended = await Host.GetJsonAsync("osu/api/v2/beatmapsets/search?c=recommended&m=0&nsfw=true", shared.UserToken);

        var plays = byPlays.Select(s => s!["play_count"]!.GetValue<long>()).ToList();
        Assert.Equal(plays.Order(), plays);
        Assert.Equal(0, ranks["total"]!.GetValue<int>());
        Assert.NotNull(withUser["recommended_difficulty"]);
        var target = recommended["recommended_difficulty"]!.GetValue<double>();
        Assert.NotEmpty(recommended["beatmapsets"]!.AsArray());
        Assert.All(recommended["beatmapsets"]!.AsArray(), s => Assert.Contains(s!["beatmaps"]!.AsArray(), b => Math.Abs(b!["difficulty_rating"]!.GetValue<double>() - target) <= 0.5));
        Assert.True(recommended["total"]!.GetValue<int>() < withUser["total"]!.GetValue<int>());
    }

    private async Task<JsonArray> Sets(string query) =>
        (await Host.GetJsonAsync("osu/api/v2/beatmapsets/search?" + query, shared.ClientToken))["beatmapsets"]!.AsArray();
}
