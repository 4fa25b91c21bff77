using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuSeedTests
{
    [Fact]
    public async Task Every_host_seeds_the_same_world()
    {
        await using var first = await OsuTestHost.StartAsync();
        await using var second = await OsuTestHost.StartAsync();
        string[] paths =
        [
            $"osu/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}",
            $"osu/api/v2/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}/scores",
            "osu/api/v2/rankings/mania/performance",
            $"osu/api/v2/users/{OsuSandboxCredentials.UserId}/scores/best?limit=100",
            "osu/api/v2/beatmapsets/search?nsfw=true&s=any",
        ];

        foreach (var path in paths)
        {
            var a = await first.GetJsonAsync(path, await first.ClientTokenAsync());
            var b = await second.GetJsonAsync(path, await second.ClientTokenAsync());
            Assert.Equal(a.ToJsonString(), b.ToJsonString());
        }

        Assert.Equal(await first.Http.GetStringAsync("_sandbox/osu/state"), await second.Http.GetStringAsync("_sandbox/osu/state"));
    }

    [Fact]
    public async Task The_named_seed_records_are_what_their_names_promise()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();

        var staff = await host.GetJsonAsync(OsuTestHost.StaffPath, token);
        var set = await host.GetJsonAsync($"osu/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}", token);
        var board = await host.GetJsonAsync($"osu/api/v2/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}/scores?limit=100", token);
        var play = await host.GetJsonAsync($"osu/api/v2/scores/{OsuSandboxSeed.LazerScoreId}", token, apiVersion: 20220705);
        var artistSets = await host.GetJsonAsync(
            "osu/api/v2/beatmapsets/search?nsfw=true&q=" + Uri.EscapeDataString($"artist=\"{OsuSandboxSeed.FeaturedArtist}\""), token);

        Assert.Equal(OsuSandboxSeed.StaffUsername, staff["username"]!.GetValue<string>());
        Assert.Equal("dev", staff["default_group"]!.GetValue<string>());
        Assert.Equal(OsuSandboxSeed.FeaturedArtist, set["artist"]!.GetValue<string>());
        Assert.Equal(13, set["beatmaps"]!.AsArray().Count);
        Assert.All(set["beatmaps"]!.AsArray(), b => Assert.Equal("osu", b!["mode"]!.GetValue<string>()));
        Assert.Contains(set["beatmaps"]!.AsArray(), b => b!["id"]!.GetValue<long>() == OsuSandboxSeed.FeaturedBeatmapId);
        Assert.Contains(set["beatmaps"]!.AsArray(), b => b!["owners"]!.AsArray().Count > 1);
        Assert.Equal(50, board["score_count"]!.GetValue<int>());
        Assert.All(board["scores"]!.AsArray(), s => Assert.NotNull(s!["best_id"]));
        Assert.Equal(OsuSandboxSeed.LegacyScoreId, play["legacy_score_id"]!.GetValue<long>());
        Assert.True(artistSets["beatmapsets"]!.AsArray().Count > 1);
    }
}
