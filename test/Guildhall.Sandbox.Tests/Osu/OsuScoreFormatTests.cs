using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuScoreFormatTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    // Every ruleset's legacy score carries stable's six hit counts (some null where the ruleset has no such judgement).
    private static readonly string[] LegacyCounts = ["count_100", "count_300", "count_50", "count_geki", "count_katu", "count_miss"];

    private OsuTestHost Host => shared.Host;

    private static readonly string LegacyPath = $"osu/api/v2/scores/osu/{OsuSandboxSeed.LegacyScoreId}";

    private static readonly string SoloPath = $"osu/api/v2/scores/{OsuSandboxSeed.LazerScoreId}";

    [Theory]
    [InlineData(null)]
    [InlineData(20220704)]
    public async Task Legacy_score_route_without_a_new_version_sends_the_legacy_format(int? version)
    {
        var score = await Host.GetJsonAsync(LegacyPath, shared.ClientToken, apiVersion: version);
        var lazer = await Host.GetJsonAsync(LegacyPath, shared.ClientToken, apiVersion: 20220705);

        Assert.Equal(OsuSandboxSeed.LegacyScoreId, score["id"]!.GetValue<long>());
        Assert.Equal(OsuSandboxSeed.LegacyScoreId, score["best_id"]!.GetValue<long>());
        Assert.Equal("score_best_osu", score["type"]!.GetValue<string>());
        Assert.Equal(lazer["legacy_total_score"]!.GetValue<long>(), score["score"]!.GetValue<long>());
        Assert.Equal(lazer["ended_at"]!.GetValue<string>(), score["created_at"]!.GetValue<string>());
        Assert.Equal(["HD"], score["mods"]!.AsArray().Select(m => m!.GetValue<string>()));
        foreach (var field in new[] { "max_combo", "rank", "pp", "passed", "user_id", "replay_views" })
        {
            Assert.Equal(lazer[field]!.ToJsonString(), score[field]!.ToJsonString());
        }
    }

    [Theory]
    [InlineData(20220705)]
    [InlineData(20241024)]
    public async Task Solo_score_route_from_20220705_sends_the_lazer_format(int version)
    {
        var score = await Host.GetJsonAsync(SoloPath, shared.ClientToken, apiVersion: version);
        var legacy = await Host.GetJsonAsync(SoloPath, shared.ClientToken);

        Assert.Equal(OsuSandboxSeed.LazerScoreId, score["id"]!.GetValue<long>());
        Assert.Equal(OsuSandboxSeed.LegacyScoreId, score["legacy_score_id"]!.GetValue<long>());
        Assert.Equal(["HD", "CL"], score["mods"]!.AsArray().Select(m => m!["acronym"]!.GetValue<string>()));
        Assert.Equal(legacy["score"]!.GetValue<long>(), score["legacy_total_score"]!.GetValue<long>());
        Assert.True(score["total_score"]!.GetValue<long>() > 0);
        Assert.Equal(legacy["statistics"]!["count_300"]!.GetValue<int>(), score["statistics"]!["great"]!.GetValue<int>());
        Assert.Equal(score["beatmap_id"]!.GetValue<long>(), score["beatmap"]!["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_same_play_reads_the_same_through_both_routes_and_formats()
    {
        var legacyByLegacyId = await Host.GetJsonAsync(LegacyPath, shared.ClientToken);
        var legacyBySoloId = await Host.GetJsonAsync(SoloPath, shared.ClientToken);
        var lazerByLegacyId = await Host.GetJsonAsync(LegacyPath, shared.ClientToken, apiVersion: 20220705);

        Assert.Equal(legacyByLegacyId.ToJsonString(), legacyBySoloId.ToJsonString());
        Assert.Equal(OsuSandboxSeed.LazerScoreId, lazerByLegacyId["id"]!.GetValue<long>());
        Assert.Equal(OsuSandboxSeed.LegacyScoreId, lazerByLegacyId["legacy_score_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Lazer_only_plays_keep_their_solo_id_and_type_in_the_legacy_format()
    {
        var recent = (await Host.GetJsonAsync($"osu/api/v2/users/{OsuSandboxCredentials.UserId}/scores/recent", shared.ClientToken, apiVersion: 20220705)).AsArray();
        var soloId = recent[0]!["id"]!.GetValue<long>();

        var legacy = await Host.GetJsonAsync($"osu/api/v2/scores/{soloId}", shared.ClientToken);

        Assert.Null(recent[0]!["legacy_score_id"]);
        Assert.Equal(soloId, legacy["id"]!.GetValue<long>());
        Assert.Equal("solo_score", legacy["type"]!.GetValue<string>());
        Assert.Null(legacy["best_id"]);
        Assert.Equal(0, legacy["score"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("osu/api/v2/scores/0", "Invalid score id.")]
    [InlineData("osu/api/v2/scores/abc", "Invalid score id.")]
    [InlineData("osu/api/v2/scores/osu/-5", "Invalid score id.")]
    [InlineData("osu/api/v2/scores/piano/{legacy}", "unknown ruleset name")]
    [InlineData("osu/api/v2/scores/taiko/{legacy}", "Specified Solo\\Score couldn't be found.")]
    [InlineData("osu/api/v2/scores/999", "Specified Solo\\Score couldn't be found.")]
    public async Task Bad_score_ids_answer_404_with_the_osu_message(string path, string message)
    {
        var body = await Host.GetJsonAsync(path.Replace("{legacy}", OsuSandboxSeed.LegacyScoreId.ToString(), StringComparison.Ordinal), shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal(message, body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Score_formats_cover_all_four_rulesets_with_their_legacy_counts()
    {
        foreach (var (mode, rulesetId) in new[] { ("osu", 0), ("taiko", 1), ("fruits", 2), ("mania", 3) })
        {
            var leader = (await Host.GetJsonAsync($"osu/api/v2/rankings/{mode}/performance", shared.ClientToken))["ranking"]![0]!["user"]!["id"]!.GetValue<long>();
            var legacy = (await Host.GetJsonAsync($"osu/api/v2/users/{leader}/scores/best?mode={mode}&limit=100", shared.ClientToken)).AsArray();
            var lazer = (await Host.GetJsonAsync($"osu/api/v2/users/{leader}/scores/best?mode={mode}&limit=100", shared.ClientToken, apiVersion: 20220705)).AsArray();

            var stable = legacy.First(s => s!["best_id"] is not null)!;
            Assert.Equal(LegacyCounts, OsuJson.Keys(stable["statistics"]!).Order(StringComparer.Ordinal));
            var same = lazer.Single(s => s!["legacy_score_id"]?.GetValue<long>() == stable["id"]!.GetValue<long>())!;
            Assert.Equal(stable["score"]!.GetValue<long>(), same["legacy_total_score"]!.GetValue<long>());
            Assert.NotEmpty(lazer);
            Assert.All(lazer, s => Assert.Equal(rulesetId, s!["ruleset_id"]!.GetValue<int>()));
            Assert.All(lazer, s => Assert.IsType<JsonObject>(s!["mods"]!.AsArray().FirstOrDefault() ?? new JsonObject()));
        }
    }
}
