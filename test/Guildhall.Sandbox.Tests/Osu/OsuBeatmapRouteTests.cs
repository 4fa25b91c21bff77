using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuBeatmapRouteTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private static readonly string Featured = $"osu/api/v2/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}";

    // osu!'s not-found body for a beatmap id (Laravel's model-not-found message).
    private const string BeatmapNotFound = """{"error":"Specified beatmap difficulty couldn't be found."}""";

    private OsuTestHost Host => shared.Host;

    [Fact]
    public async Task Beatmap_agrees_with_its_set()
    {
        var beatmap = await Host.GetJsonAsync(Featured, shared.ClientToken);
        var set = await Host.GetJsonAsync($"osu/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}", shared.ClientToken);

        Assert.Matches("^[0-9a-f]{32}$", beatmap["checksum"]!.GetValue<string>());
        Assert.All(new[] { "fail", "exit" }, key => Assert.Equal(100, beatmap["failtimes"]![key]!.AsArray().Count));
        var inSet = set["beatmaps"]!.AsArray().Single(b => b!["id"]!.GetValue<long>() == OsuSandboxSeed.FeaturedBeatmapId)!;
        foreach (var field in new[] { "checksum", "failtimes", "owners", "max_combo", "difficulty_rating", "version" })
        {
            Assert.Equal(inSet[field]!.ToJsonString(), beatmap[field]!.ToJsonString());
        }

        Assert.Equal(set["ratings"]!.ToJsonString(), beatmap["beatmapset"]!["ratings"]!.ToJsonString());
        Assert.Equal(11, beatmap["beatmapset"]!["ratings"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("osu/api/v2/beatmaps/1")]
    [InlineData("osu/api/v2/beatmaps/abc")]
    public async Task Unknown_beatmaps_answer_osus_404(string path)
    {
        var body = await Host.GetJsonAsync(path, shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal(JsonNode.Parse(BeatmapNotFound)!.ToJsonString(), body.ToJsonString());
    }

    [Fact]
    public async Task Beatmaps_by_ids_skips_unknown_ids_and_orders_by_id()
    {
        const long easier = OsuSandboxSeed.FeaturedBeatmapId - 9;
        var body = await Host.GetJsonAsync($"osu/api/v2/beatmaps?ids[]={OsuSandboxSeed.FeaturedBeatmapId}&ids[]={easier}&ids[]=1", shared.ClientToken);
        var empty = await Host.GetJsonAsync("osu/api/v2/beatmaps", shared.ClientToken);

        Assert.Equal([easier, OsuSandboxSeed.FeaturedBeatmapId], body["beatmaps"]!.AsArray().Select(b => b!["id"]!.GetValue<long>()));
        Assert.Equal((await Host.GetJsonAsync(Featured, shared.ClientToken)).ToJsonString(), body["beatmaps"]![1]!.ToJsonString());
        Assert.Equal("""{"beatmaps":[]}""", empty.ToJsonString());
    }

    [Fact]
    public async Task Lookup_finds_by_checksum_filename_or_id()
    {
        var beatmap = await Host.GetJsonAsync(Featured, shared.ClientToken);
        var set = beatmap["beatmapset"]!;
        var filename = $"{set["artist"]} - {set["title"]} ({set["creator"]}) [{beatmap["version"]}].osu";

        var byChecksum = await Host.GetJsonAsync($"osu/api/v2/beatmaps/lookup?checksum={beatmap["checksum"]}", shared.ClientToken);
        var byFilename = await Host.GetJsonAsync($"osu/api/v2/beatmaps/lookup?filename={Uri.EscapeDataString(filename)}", shared.ClientToken);
        var byId = await Host.GetJsonAsync($"osu/api/v2/beatmaps/lookup?id={OsuSandboxSeed.FeaturedBeatmapId}", shared.ClientToken);
        var miss = await Host.GetJsonAsync("osu/api/v2/beatmaps/lookup?checksum=00000000000000000000000000000000", shared.ClientToken, HttpStatusCode.NotFound);

        Assert.All(new[] { byChecksum, byFilename, byId }, b => Assert.Equal(OsuSandboxSeed.FeaturedBeatmapId, b["id"]!.GetValue<long>()));
        Assert.Equal("""{"error":null}""", miss.ToJsonString());
    }

    [Fact]
    public async Task Attributes_follow_mods_and_rulesets()
    {
        var plain = await Attributes(new JsonObject());
        var doubleTime = await Attributes(new JsonObject { ["mods"] = new JsonArray("DT") });
        var bitset = await Attributes(new JsonObject { ["mods"] = 64 });
        var slowerDoubleTime = await Attributes(new JsonObject { ["mods"] = new JsonArray(new JsonObject { ["acronym"] = "DT", ["settings"] = new JsonObject { ["speed_change"] = 1.2 } }) });
        var taiko = await Attributes(new JsonObject { ["ruleset"] = "taiko" });
        var mania = await Attributes(new JsonObject { ["ruleset_id"] = 3 });

        var beatmap = await Host.GetJsonAsync(Featured, shared.ClientToken);
        Assert.NotNull(plain["aim_difficulty"]);
        Assert.Equal(beatmap["difficulty_rating"]!.GetValue<double>(), plain["star_rating"]!.GetValue<double>(), 5);
        Assert.Equal(beatmap["max_combo"]!.GetValue<int>(), plain["max_combo"]!.GetValue<int>());
        Assert.True(doubleTime["star_rating"]!.GetValue<double>() > plain["star_rating"]!.GetValue<double>());
        Assert.Equal(doubleTime.ToJsonString(), bitset.ToJsonString());
        Assert.InRange(slowerDoubleTime["star_rating"]!.GetValue<double>(), plain["star_rating"]!.GetValue<double>(), doubleTime["star_rating"]!.GetValue<double>());
        Assert.Equal(["star_rating", "max_combo", "mono_stamina_factor"], OsuJson.Keys(taiko));
        Assert.Equal(["star_rating", "max_combo"], OsuJson.Keys(mania));
    }

    [Fact]
    public async Task Attributes_accept_form_bodies()
    {
        var response = await Host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, Featured + "/attributes")
        {
            Headers = { Authorization = new("Bearer", shared.ClientToken) },
            Content = new FormUrlEncodedContent([KeyValuePair.Create("mods[]", "HD"), KeyValuePair.Create("mods[]", "HR"), KeyValuePair.Create("ruleset", "osu")]),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await OsuTestHost.ReadJsonAsync(response))["attributes"]!["aim_difficulty"]);
    }

    [Theory]
    [InlineData("""{"ruleset_id":9}""", "invalid ruleset_id specified")]
    [InlineData("""{"ruleset":"piano"}""", "invalid ruleset specified")]
    [InlineData("""{"mods":["XX"]}""", "invalid mod for ruleset: XX")]
    [InlineData("""{"mods":["HD","HD"]}""", "duplicate mod for ruleset: HD")]
    [InlineData("""{"mods":"HD"}""", "invalid mods specified")]
    [InlineData("""{"mods":[{"settings":{}}]}""", "invalid mod array")]
    [InlineData("""{"mods":[{"acronym":"DT","settings":{"colour":1}}]}""", "unknown setting for DT (colour)")]
    public async Task Invalid_attribute_requests_are_422_with_osu_messages(string body, string message)
    {
        var response = await Host.PostJsonAsync(Featured + "/attributes", JsonNode.Parse(body)!, shared.ClientToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, (await OsuTestHost.ReadJsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attributes_refuse_converting_non_osu_maps_and_unknown_maps()
    {
        var taikoMap = await FirstBeatmapOfRuleset(1);

        var convert = await Host.PostJsonAsync($"osu/api/v2/beatmaps/{taikoMap}/attributes", new JsonObject { ["ruleset"] = "osu" }, shared.ClientToken);
        var missing = await Host.PostJsonAsync("osu/api/v2/beatmaps/1/attributes", new JsonObject(), shared.ClientToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, convert.StatusCode);
        Assert.Equal("specified beatmap can't be converted to the specified ruleset", (await OsuTestHost.ReadJsonAsync(convert))["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(JsonNode.Parse(BeatmapNotFound)!.ToJsonString(), (await OsuTestHost.ReadJsonAsync(missing)).ToJsonString());
    }

    private async Task<JsonNode> Attributes(JsonObject body)
    {
        var response = await Host.PostJsonAsync(Featured + "/attributes", body, shared.ClientToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await OsuTestHost.ReadJsonAsync(response))["attributes"]!;
    }

    private async Task<long> FirstBeatmapOfRuleset(int ruleset)
    {
        var search = await Host.GetJsonAsync($"osu/api/v2/beatmapsets/search?m={ruleset}&nsfw=true", shared.ClientToken);
        return search["beatmapsets"]!.AsArray().SelectMany(s => s!["beatmaps"]!.AsArray()).First(b => b!["mode_int"]!.GetValue<int>() == ruleset)!["id"]!.GetValue<long>();
    }
}
