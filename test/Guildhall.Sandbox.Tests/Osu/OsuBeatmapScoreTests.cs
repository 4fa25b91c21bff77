using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuBeatmapScoreTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private static readonly string Board = $"osu/api/v2/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}/scores";

    private OsuTestHost Host => shared.Host;

    [Fact]
    public async Task Leaderboard_lists_fifty_players_in_score_order()
    {
        var body = await Host.GetJsonAsync(Board, shared.ClientToken);

        Assert.Equal(["score_count", "scores"], OsuJson.Keys(body));
        var scores = body["scores"]!.AsArray();
        Assert.Equal(50, scores.Count);
        Assert.Equal(body["score_count"]!.GetValue<int>(), scores.Count);
        Assert.All(scores, s => Assert.Equal(s!["user_id"]!.GetValue<long>(), s["user"]!["id"]!.GetValue<long>()));
        Assert.Equal(50, scores.Select(s => s!["user_id"]!.GetValue<long>()).Distinct().Count());
        var totals = scores.Select(s => s!["score"]!.GetValue<long>()).ToList();
        Assert.Equal(totals.OrderDescending(), totals);
    }

    [Fact]
    public async Task Leaderboard_filters_by_mods_and_limit()
    {
        var hdDt = (await Host.GetJsonAsync(Board + "?mods[]=HD&mods[]=DT", shared.ClientToken))["scores"]!.AsArray();
        var limited = await Host.GetJsonAsync(Board + "?limit=5", shared.ClientToken);

        Assert.NotEmpty(hdDt);
        Assert.All(hdDt, s => Assert.Equal(["DT", "HD"], s!["mods"]!.AsArray().Select(m => m!.GetValue<string>()).Order()));
        Assert.Equal(5, limited["scores"]!.AsArray().Count);
        Assert.Equal(50, limited["score_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_no_mod_filter_keeps_only_plays_without_mods()
    {
        // The featured board happens to hold no play without mods, so look for a board that does.
        var search = await Host.GetJsonAsync("osu/api/v2/beatmapsets/search?m=0", shared.ClientToken);
        var beatmaps = search["beatmapsets"]!.AsArray().SelectMany(set => set!["beatmaps"]!.AsArray()).Select(b => b!["id"]!.GetValue<long>()).Take(40).ToList();
        JsonArray? noMod = null;
        long? beatmapWithPlain = null;
        foreach (var beatmap in beatmaps)
        {
            var board = (await Host.GetJsonAsync($"osu/api/v2/beatmaps/{beatmap}/scores", shared.ClientToken))["scores"]!.AsArray();
            if (board.Any(s => s!["mods"]!.AsArray().Count == 0))
            {
                beatmapWithPlain = beatmap;
                noMod = (await Host.GetJsonAsync($"osu/api/v2/beatmaps/{beatmap}/scores?mods[]=NM", shared.ClientToken))["scores"]!.AsArray();
                break;
            }
        }

        Assert.True(beatmapWithPlain is not null, $"None of {beatmaps.Count} boards holds a play without mods.");
        Assert.NotEmpty(noMod!);
        Assert.All(noMod!, s => Assert.Empty(s!["mods"]!.AsArray()));
    }

    [Fact]
    public async Task Leaderboard_in_lazer_format_and_legacy_only()
    {
        var lazer = (await Host.GetJsonAsync(Board, shared.ClientToken, apiVersion: 20220705))["scores"]!.AsArray();
        var legacyOnly = (await Host.GetJsonAsync(Board + "?legacy_only=1", shared.ClientToken, apiVersion: 20220705))["scores"]!.AsArray();

        Assert.NotEmpty(lazer);
        Assert.All(lazer, s => Assert.Equal(0, s!["ruleset_id"]!.GetValue<int>()));
        Assert.NotEmpty(legacyOnly);
        Assert.All(legacyOnly, s => Assert.NotNull(s!["legacy_score_id"]));
        var totals = lazer.Select(s => s!["total_score"]!.GetValue<long>()).ToList();
        Assert.Equal(totals.OrderDescending(), totals);
    }

    [Fact]
    public async Task Leaderboard_rejects_bad_modes_and_supporter_only_types()
    {
        var mode = await Host.GetJsonAsync(Board + "?mode=piano", shared.ClientToken, HttpStatusCode.UnprocessableEntity);
        var country = await Host.GetJsonAsync(Board + "?type=country", shared.ClientToken, HttpStatusCode.UnprocessableEntity);
        var friend = await Host.GetJsonAsync(Board + "?type=friend", shared.UserToken, HttpStatusCode.UnprocessableEntity);
        var missing = await Host.GetJsonAsync("osu/api/v2/beatmaps/5/scores", shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal("invalid mode specified", mode["error"]!.GetValue<string>());
        Assert.Equal("You must be an osu!supporter to use this feature.", country["error"]!.GetValue<string>());
        Assert.Equal(country.ToJsonString(), friend.ToJsonString());
        Assert.Equal("Specified beatmap difficulty couldn't be found.", missing["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Maps_without_a_leaderboard_answer_an_empty_score_list()
    {
        var me = OsuSandboxCredentials.UserId;
        var graveyard = (await Host.GetJsonAsync($"osu/api/v2/users/{me}/beatmapsets/graveyard", shared.ClientToken)).AsArray();
        var beatmapId = graveyard[0]!["beatmaps"]![0]!["id"]!.GetValue<long>();

        var body = await Host.GetJsonAsync($"osu/api/v2/beatmaps/{beatmapId}/scores", shared.ClientToken);

        Assert.Equal("""{"scores":[]}""", body.ToJsonString());
    }

    [Fact]
    public async Task A_users_best_and_all_scores_on_a_beatmap()
    {
        var leader = (await Host.GetJsonAsync(Board, shared.ClientToken))["scores"]![0]!["user_id"]!.GetValue<long>();
        var best = await Host.GetJsonAsync($"{Board}/users/{leader}", shared.ClientToken);
        var all = await Host.GetJsonAsync($"{Board}/users/{leader}/all", shared.ClientToken);
        var none = await Host.GetJsonAsync($"{Board}/users/{OsuSandboxSeed.StaffUserId}", shared.ClientToken, HttpStatusCode.NotFound);
        var noneAll = await Host.GetJsonAsync($"{Board}/users/{OsuSandboxSeed.StaffUserId}/all", shared.ClientToken);
        var badRuleset = await Host.GetJsonAsync($"{Board}/users/{leader}/all?ruleset=piano", shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal(["position", "score"], OsuJson.Keys(best));
        Assert.Equal(1, best["position"]!.GetValue<int>());
        Assert.Equal(leader, best["score"]!["user"]!["id"]!.GetValue<long>());
        Assert.NotNull(best["score"]!["beatmap"]!["owners"]);
        Assert.Contains(all["scores"]!.AsArray(), s => s!["id"]!.GetValue<long>() == best["score"]!["id"]!.GetValue<long>());
        Assert.Equal("""{"error":null}""", none.ToJsonString());
        Assert.Equal("""{"scores":[]}""", noneAll.ToJsonString());
        Assert.Equal("unknown ruleset name", badRuleset["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Own_score_appears_as_user_score_for_supporter_filters_and_position()
    {
        await using var host = await OsuTestHost.StartAsync();
        var seeded = await host.PostJsonAsync("_sandbox/osu/scores", new JsonObject
        {
            ["user_id"] = OsuSandboxCredentials.UserId,
            ["beatmap_id"] = OsuSandboxSeed.FeaturedBeatmapId,
            ["mods"] = new JsonArray("HD"),
            ["skill"] = 0.2,
        });
        Assert.Equal(HttpStatusCode.Created, seeded.StatusCode);
        var scoreId = (await OsuTestHost.ReadJsonAsync(seeded))["id"]!.GetValue<long>();
        var (token, _) = await host.UserTokenAsync();

        var body = await host.GetJsonAsync(Board, token, apiVersion: 20220705);

        Assert.Equal(["score_count", "scores", "user_score", "userScore"], OsuJson.Keys(body));
        Assert.Equal(scoreId, body["user_score"]!["score"]!["id"]!.GetValue<long>());
        Assert.Equal(51, body["score_count"]!.GetValue<int>());
        Assert.Equal(body["user_score"]!.ToJsonString(), body["userScore"]!.ToJsonString());
        var position = body["user_score"]!["position"]!.GetValue<int>();
        var single = await host.GetJsonAsync($"{Board}/users/{OsuSandboxCredentials.UserId}", token);
        Assert.Equal(position, single["position"]!.GetValue<int>());
    }
}
