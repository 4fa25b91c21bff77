using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuAdminSeedTests
{
    [Fact]
    public async Task Seeded_users_get_full_profiles_and_a_place_in_the_rankings()
    {
        await using var host = await OsuTestHost.StartAsync();
        var created = await host.PostJsonAsync("_sandbox/osu/users", new JsonObject
        {
            ["username"] = "Sandbox Player",
            ["country_code"] = "NL",
            ["playmode"] = "mania",
            ["pp"] = 99_999,
            ["is_supporter"] = true,
        });
        var id = (await OsuTestHost.ReadJsonAsync(created))["id"]!.GetValue<long>();
        var token = await host.ClientTokenAsync();

        var profile = await host.GetJsonAsync("osu/api/v2/users/@Sandbox_Player", token);
        var ranking = await host.GetJsonAsync("osu/api/v2/rankings/mania/performance", token);
        var duplicate = await host.PostJsonAsync("_sandbox/osu/users", new JsonObject { ["username"] = "sandbox player" });
        var invalid = await host.PostJsonAsync("_sandbox/osu/users", new JsonObject { ["username"] = "x", ["playmode"] = "piano" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(id, profile["id"]!.GetValue<long>());
        Assert.Equal("mania", profile["playmode"]!.GetValue<string>());
        Assert.Equal("Netherlands", profile["country"]!["name"]!.GetValue<string>());
        Assert.NotNull(profile["statistics"]!["grade_counts"]);
        Assert.Equal(id, ranking["ranking"]![0]!["user"]!["id"]!.GetValue<long>());
        Assert.Equal(1, profile["statistics"]!["global_rank"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Seeded_scores_show_up_in_recent_best_pins_events_and_both_formats()
    {
        await using var host = await OsuTestHost.StartAsync();
        var created = await host.PostJsonAsync("_sandbox/osu/scores", new JsonObject
        {
            ["user_id"] = OsuSandboxSeed.StaffUserId,
            ["beatmap_id"] = OsuSandboxSeed.FeaturedBeatmapId,
            ["mods"] = new JsonArray("HD", "DT"),
            ["skill"] = 1.0,
            ["legacy"] = true,
            ["pinned"] = true,
        });
        var score = await OsuTestHost.ReadJsonAsync(created);
        var token = await host.ClientTokenAsync();

        var recent = (await host.GetJsonAsync($"{OsuTestHost.StaffPath}/scores/recent?mode=osu", token)).AsArray();
        var pinned = (await host.GetJsonAsync($"{OsuTestHost.StaffPath}/scores/pinned?mode=osu", token, apiVersion: 20220705)).AsArray();
        var legacy = await host.GetJsonAsync($"osu/api/v2/scores/osu/{score["legacy_score_id"]}", token);
        var activity = (await host.GetJsonAsync($"{OsuTestHost.StaffPath}/recent_activity", token)).AsArray();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(score["legacy_score_id"]!.GetValue<long>(), recent[0]!["id"]!.GetValue<long>());
        Assert.Equal(["HD", "DT"], recent[0]!["mods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains(pinned, s => s!["id"]!.GetValue<long>() == score["id"]!.GetValue<long>()
            && s["mods"]!.AsArray().Select(m => m!["acronym"]!.GetValue<string>()).SequenceEqual(["HD", "DT", "CL"]));
        Assert.Equal("score_best_osu", legacy["type"]!.GetValue<string>());
        Assert.Equal($"/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}?ruleset=osu", activity[0]!["beatmap"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Converted_scores_show_the_beatmap_as_converted()
    {
        await using var host = await OsuTestHost.StartAsync();
        var created = await host.PostJsonAsync("_sandbox/osu/scores", new JsonObject { ["user_id"] = OsuSandboxSeed.StaffUserId, ["beatmap_id"] = OsuSandboxSeed.FeaturedBeatmapId, ["ruleset"] = "taiko" });
        var id = (await OsuTestHost.ReadJsonAsync(created))["id"]!.GetValue<long>();
        var token = await host.ClientTokenAsync();

        var score = await host.GetJsonAsync($"osu/api/v2/scores/{id}", token, apiVersion: 20220705);

        Assert.Equal(1, score["ruleset_id"]!.GetValue<int>());
        Assert.True(score["beatmap"]!["convert"]!.GetValue<bool>());
        Assert.Equal("taiko", score["beatmap"]!["mode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"user_id":1,"beatmap_id":"{beatmap}"}""")]
    [InlineData("""{"user_id":"{user}","beatmap_id":1}""")]
    [InlineData("""{"user_id":"{user}","beatmap_id":"{beatmap}","mods":["ZZ"]}""")]
    [InlineData("""{"user_id":"{user}","beatmap_id":"{beatmap}","ruleset":"piano"}""")]
    public async Task Invalid_score_seeds_are_rejected(string body)
    {
        await using var host = await OsuTestHost.StartAsync();
        var seed = body
            .Replace("\"{user}\"", OsuSandboxSeed.StaffUserId.ToString(), StringComparison.Ordinal)
            .Replace("\"{beatmap}\"", OsuSandboxSeed.FeaturedBeatmapId.ToString(), StringComparison.Ordinal);

        var response = await host.PostJsonAsync("_sandbox/osu/scores", JsonNode.Parse(seed)!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Friends_can_be_added_and_are_listed_for_the_user()
    {
        await using var host = await OsuTestHost.StartAsync();
        var added = await host.PostJsonAsync("_sandbox/osu/friends", new JsonObject { ["user_id"] = OsuSandboxCredentials.UserId, ["friend_id"] = OsuSandboxSeed.StaffUserId, ["mutual"] = true });
        var invalid = await host.PostJsonAsync("_sandbox/osu/friends", new JsonObject { ["user_id"] = OsuSandboxSeed.StaffUserId, ["friend_id"] = OsuSandboxSeed.StaffUserId });
        var (token, _) = await host.UserTokenAsync();

        var friends = (await host.GetJsonAsync("osu/api/v2/friends", token, apiVersion: 20241022)).AsArray();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True(friends.Single(f => f!["target_id"]!.GetValue<long>() == OsuSandboxSeed.StaffUserId)!["mutual"]!.GetValue<bool>());
    }

    [Fact]
    public async Task State_summary_counts_users_sets_and_beatmaps_in_all_rulesets()
    {
        await using var host = await OsuTestHost.StartAsync();

        var state = JsonNode.Parse(await host.Http.GetStringAsync("_sandbox/osu/state"))!;

        Assert.True(state["users"]!.GetValue<int>() > 100);
        Assert.True(state["beatmapsets"]!.GetValue<int>() > 50);
        Assert.NotEmpty(state["beatmaps_per_ruleset"]!.AsObject());
        Assert.All(state["beatmaps_per_ruleset"]!.AsObject(), r => Assert.True(r.Value!.GetValue<int>() > 0, r.Key));
    }

    [Fact]
    public async Task Credentials_are_listed_by_the_host()
    {
        await using var host = await OsuTestHost.StartAsync();

        var credentials = JsonNode.Parse(await host.Http.GetStringAsync("_sandbox/credentials"))!.AsArray().Where(c => c!["api"]!.GetValue<string>() == "osu").ToList();

        Assert.Contains(credentials, c => c!["value"]!.GetValue<string>() == OsuSandboxCredentials.ClientSecret);
        Assert.Contains(credentials, c => c!["value"]!.GetValue<string>() == OsuSandboxCredentials.ClientId.ToString());
        Assert.Contains(host.Host.Credentials, c => c.Value == OsuSandboxCredentials.RedirectUri);
    }
}
