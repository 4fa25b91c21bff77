using System.Net;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuUserListTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private static readonly string Me = OsuSandboxCredentials.UserId.ToString();

    private OsuTestHost Host => shared.Host;

    [Fact]
    public async Task Best_scores_have_decaying_weights()
    {
        var best = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/best?limit=5", shared.UserToken)).AsArray();

        Assert.Equal(5, best.Count);
        Assert.Equal([100.0, 95.0, 90.25], best.Take(3).Select(s => s!["weight"]!["percentage"]!.GetValue<double>()));
        var pp = best.Select(s => s!["pp"]!.GetValue<double>()).ToList();
        Assert.Equal(pp.OrderDescending(), pp);
        Assert.Equal(pp[1] * 0.95, best[1]!["weight"]!["pp"]!.GetValue<double>(), 3);
        Assert.All(best, s => Assert.NotNull(s!["current_user_attributes"]!["pin"]));
    }

    [Fact]
    public async Task Best_scores_page_with_limit_and_offset_to_the_end()
    {
        var profile = await Host.GetJsonAsync($"osu/api/v2/users/{Me}", shared.ClientToken);
        var ids = new List<long>();
        for (var offset = 0; ; offset += 4)
        {
            var page = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/best?limit=4&offset={offset}", shared.ClientToken)).AsArray();
            ids.AddRange(page.Select(s => s!["id"]!.GetValue<long>()));
            if (page.Count < 4)
            {
                break;
            }
        }

        Assert.Equal(profile["scores_best_count"]!.GetValue<int>(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Recent_scores_cover_the_last_day_and_include_fails_on_request()
    {
        var passed = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/recent", shared.ClientToken)).AsArray();
        var all = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/recent?include_fails=1&limit=50", shared.ClientToken)).AsArray();
        var beyond = await Host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/recent?include_fails=1&offset=100", shared.ClientToken);

        Assert.All(passed, s => Assert.True(s!["passed"]!.GetValue<bool>()));
        Assert.Contains(all, s => !s!["passed"]!.GetValue<bool>() && s["rank"]!.GetValue<string>() == "F" && s["pp"] is null);
        Assert.Equal(passed.Count + 1, all.Count);
        var times = all.Select(s => DateTimeOffset.Parse(s!["created_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal("[]", beyond.ToJsonString());
    }

    [Fact]
    public async Task Recent_scores_age_out_after_a_day()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        Assert.NotEmpty((await host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/recent?include_fails=1", token)).AsArray());

        host.Time.Advance(TimeSpan.FromDays(1));
        token = await host.ClientTokenAsync();

        Assert.Equal("[]", (await host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/recent?include_fails=1", token)).ToJsonString());
    }

    [Fact]
    public async Task First_places_are_first_on_their_leaderboards()
    {
        var leader = (await Host.GetJsonAsync($"osu/api/v2/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}/scores", shared.ClientToken))["scores"]![0]!["user_id"]!.GetValue<long>();
        var firsts = (await Host.GetJsonAsync($"osu/api/v2/users/{leader}/scores/firsts?limit=100", shared.ClientToken, apiVersion: 20220705)).AsArray();

        Assert.NotEmpty(firsts);
        foreach (var score in firsts.Take(3))
        {
            var board = await Host.GetJsonAsync($"osu/api/v2/beatmaps/{score!["beatmap_id"]}/scores?mode={score["beatmap"]!["mode"]}", shared.ClientToken, apiVersion: 20220705);
            Assert.Equal(score["id"]!.GetValue<long>(), board["scores"]![0]!["id"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task Pinned_scores_are_the_pinned_ones()
    {
        var pinned = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/scores/pinned?limit=100", shared.UserToken)).AsArray();

        Assert.Equal(5, pinned.Count);
        Assert.All(pinned, s => Assert.True(s!["current_user_attributes"]!["pin"]!["is_pinned"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("scores/worst")]
    [InlineData("beatmapsets/liked")]
    [InlineData("scores/best?mode=piano")]
    public async Task Unknown_list_types_and_modes_are_404(string suffix)
    {
        var body = await Host.GetJsonAsync($"osu/api/v2/users/{Me}/{suffix}", shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal("""{"error":null}""", body.ToJsonString());
    }

    [Theory]
    [InlineData("osu/api/v2/users/@" + OsuSandboxCredentials.Username + "/scores/best")]
    [InlineData("osu/api/v2/users/" + OsuSandboxCredentials.Username + "/kudosu")]
    [InlineData("osu/api/v2/users/999999999/recent_activity")]
    public async Task Profile_lists_only_take_existing_user_ids(string path)
    {
        await Host.GetJsonAsync(path, shared.ClientToken, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Profile_beatmapsets_follow_type_and_status()
    {
        var graveyard = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/beatmapsets/graveyard", shared.ClientToken)).AsArray();
        var pending = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/beatmapsets/pending", shared.ClientToken)).AsArray();
        var favourites = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/beatmapsets/favourite?limit=100", shared.ClientToken)).AsArray();
        var mapper = (await Host.GetJsonAsync($"osu/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}", shared.ClientToken))["user_id"]!.GetValue<long>();
        var ranked = await Host.GetJsonAsync($"osu/api/v2/users/{mapper}/beatmapsets/ranked", shared.ClientToken);
        var legacyName = await Host.GetJsonAsync($"osu/api/v2/users/{mapper}/beatmapsets/ranked_and_approved", shared.ClientToken);
        var profile = await Host.GetJsonAsync($"osu/api/v2/users/{Me}", shared.ClientToken);

        Assert.All(graveyard, s => Assert.Equal("graveyard", s!["status"]!.GetValue<string>()));
        Assert.All(pending, s => Assert.Equal("pending", s!["status"]!.GetValue<string>()));
        Assert.NotEmpty(graveyard);
        Assert.Equal(profile["graveyard_beatmapset_count"]!.GetValue<int>(), graveyard.Count);
        Assert.Equal(profile["favourite_beatmapset_count"]!.GetValue<int>(), favourites.Count);
        Assert.Contains(ranked.AsArray(), s => s!["id"]!.GetValue<long>() == OsuSandboxSeed.FeaturedBeatmapsetId);
        Assert.Equal(ranked.ToJsonString(), legacyName.ToJsonString());
    }

    [Fact]
    public async Task Most_played_is_in_play_count_order()
    {
        var played = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/beatmapsets/most_played?limit=10", shared.ClientToken)).AsArray();

        Assert.NotEmpty(played);
        Assert.Equal(["beatmap_id", "count", "beatmap", "beatmapset"], OsuJson.Keys(played[0]!));
        var counts = played.Select(p => p!["count"]!.GetValue<int>()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task Kudosu_history_is_newest_first_and_pages()
    {
        var all = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/kudosu?limit=100", shared.ClientToken)).AsArray();
        var page = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/kudosu?limit=2&offset=2", shared.ClientToken)).AsArray();
        var profile = await Host.GetJsonAsync($"osu/api/v2/users/{Me}", shared.ClientToken);

        Assert.Equal(profile["kudosu"]!["total"]!.GetValue<int>(), all.Count);
        var times = all.Select(k => k!["created_at"]!.GetValue<string>()).ToList();
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
        Assert.Equal(all[2]!.ToJsonString(), page[0]!.ToJsonString());
        Assert.Equal(2, page.Count);
    }

    [Fact]
    public async Task Recent_activity_is_rank_events_of_the_user_newest_first()
    {
        var events = (await Host.GetJsonAsync($"osu/api/v2/users/{Me}/recent_activity?limit=20", shared.ClientToken)).AsArray();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal($"/users/{Me}", e!["user"]!["url"]!.GetValue<string>()));
        var ids = events.Select(e => e!["id"]!.GetValue<long>()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
    }
}
