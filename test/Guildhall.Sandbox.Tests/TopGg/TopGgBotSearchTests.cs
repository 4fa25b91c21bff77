using System.Net;
using static Guildhall.Sandbox.Tests.SandboxAssert;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgBotSearchTests
{
    [Fact]
    public async Task Defaults_to_50_results_with_the_documented_envelope()
    {
        await using var sandbox = await StartAsync();
        var page = await ReadJsonAsync(await sandbox.GetAsync("bots"), HttpStatusCode.OK);

        Assert.Equal(50, (int)page["limit"]!);
        Assert.Equal(0, (int)page["offset"]!);
        Assert.Equal(50, (int)page["count"]!);
        Assert.Equal(50, page["results"]!.AsArray().Count);
        Assert.True((int)page["total"]! >= 300);
    }

    [Fact]
    public async Task Limit_is_capped_at_500_and_every_bot_can_be_streamed_500_per_page()
    {
        await using var sandbox = await StartAsync();
        var ids = new List<string>();
        int total;
        var offset = 0;
        do
        {
            var page = await ReadJsonAsync(await sandbox.GetAsync($"bots?limit=1000&offset={offset}&sort=id"), HttpStatusCode.OK);
            Assert.Equal(500, (int)page["limit"]!);
            total = (int)page["total"]!;
            ids.AddRange(page["results"]!.AsArray().Select(b => (string)b!["id"]!));
            Assert.Equal(page["results"]!.AsArray().Count, (int)page["count"]!);
            offset += 500;
        }
        while (offset < total);

        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
        Assert.Contains(BotId.ToString(), ids);
        Assert.Equal(ids.OrderBy(ulong.Parse), ids);
    }

    [Fact]
    public async Task Sort_ascends_by_field_and_descends_with_a_dash()
    {
        await using var sandbox = await StartAsync();
        var ascending = await PointsAsync(sandbox, "bots?sort=points&limit=100");
        var descending = await PointsAsync(sandbox, "bots?sort=-points&limit=100");

        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.True(descending[0] > ascending[0]);
    }

    [Fact]
    public async Task Offset_pages_do_not_overlap()
    {
        await using var sandbox = await StartAsync();
        var first = await IdsAsync(sandbox, "bots?sort=-monthlyPoints&limit=20&offset=0");
        var second = await IdsAsync(sandbox, "bots?sort=-monthlyPoints&limit=20&offset=20");
        var both = await IdsAsync(sandbox, "bots?sort=-monthlyPoints&limit=40&offset=0");

        Assert.Empty(first.Intersect(second));
        Assert.Equal(both, first.Concat(second));
    }

    [Theory]
    [InlineData("username: Guildhall Sandbox")]
    [InlineData("username: Guildhall Sandbox prefix: /")]
    [InlineData("username: Guildhall Sandbox, prefix: /")]
    [InlineData("username: guildhall, tags: leveling")]
    [InlineData("Guildhall")]
    public async Task Search_understands_both_client_dialects(string search)
    {
        await using var sandbox = await StartAsync();
        var page = await ReadJsonAsync(await sandbox.GetAsync("bots?search=" + Uri.EscapeDataString(search)), HttpStatusCode.OK);

        var results = page["results"]!.AsArray();
        Assert.Single(results);
        Assert.Equal(BotId.ToString(), (string?)results[0]!["id"]);
        Assert.Equal(1, (int)page["total"]!);
    }

    [Fact]
    public async Task Search_filters_every_result_and_reports_the_total_of_matches()
    {
        await using var sandbox = await StartAsync();
        var page = await ReadJsonAsync(await sandbox.GetAsync("bots?limit=500&search=" + Uri.EscapeDataString("tags: music")), HttpStatusCode.OK);

        var results = page["results"]!.AsArray();
        Assert.NotEmpty(results);
        Assert.All(results, b => Assert.Contains("music", b!["tags"]!.AsArray().Select(t => (string)t!)));
        Assert.Equal(results.Count, (int)page["total"]!);
    }

    [Fact]
    public async Task Fields_selects_the_members_of_each_bot()
    {
        await using var sandbox = await StartAsync();
        var page = await ReadJsonAsync(await sandbox.GetAsync("bots?limit=5&fields=" + Uri.EscapeDataString("id, username,monthlyPoints")), HttpStatusCode.OK);

        Assert.NotEmpty(page["results"]!.AsArray());
        Assert.All(page["results"]!.AsArray(), b => Assert.Equal(["id", "username", "monthlyPoints"], b!.AsObject().Select(p => p.Key)));
    }

    [Theory]
    [InlineData("bots?limit=-1")]
    [InlineData("bots?limit=ten")]
    [InlineData("bots?offset=-5")]
    [InlineData("bots?sort=color")]
    public async Task Bad_parameters_are_400_with_a_message(string path)
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync(path), HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty((string?)body["message"]));
    }

    [Fact]
    public async Task A_bot_has_the_documented_field_names_and_formats()
    {
        await using var sandbox = await StartAsync();
        var bot = (await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK)).AsObject();

        string[] expected =
        [
            "id", "clientid", "username", "discriminator", "avatar", "defAvatar", "lib", "prefix", "shortdesc", "longdesc",
            "tags", "website", "support", "github", "owners", "guilds", "invite", "date", "certifiedBot", "vanity", "points",
            "monthlyPoints", "donatebotguildid", "server_count", "shard_count", "shards", "reviews",
        ];
        Assert.Equal(expected, bot.Select(p => p.Key));
        Assert.Equal(BotId.ToString(), (string?)bot["id"]);
        Assert.Equal("2023-05-17T14:21:09.512Z", (string?)bot["date"]);
        Assert.Equal([OwnerId.ToString()], bot["owners"]!.AsArray().Select(o => (string)o!));
        Assert.Equal("", (string?)bot["github"]);
        Assert.Equal("", (string?)bot["lib"]);
        Assert.Equal(1284, (long)bot["server_count"]!);
        Assert.Equal(0, (long)bot["shard_count"]!);
        Assert.Empty(bot["shards"]!.AsArray());
        Assert.Equal(4.8, (double)bot["reviews"]!["averageScore"]!);
        Assert.Equal(37, (long)bot["reviews"]!["count"]!);
        Assert.StartsWith("https://cdn.discordapp.com/avatars/", (string?)bot["avatar"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_seeded_bot_has_a_v0_date_with_milliseconds_and_z()
    {
        await using var sandbox = await StartAsync();
        var page = await ReadJsonAsync(await sandbox.GetAsync("bots?limit=500&fields=date"), HttpStatusCode.OK);
        Assert.NotEmpty(page["results"]!.AsArray());
        Assert.All(page["results"]!.AsArray(), b => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string)b!["date"]!));
    }

    [Theory]
    [InlineData("696969696969696969")]
    [InlineData("None")]
    public async Task An_unknown_bot_is_404_bot_not_found(string id)
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync($"bots/{id}"), HttpStatusCode.NotFound);
        Assert.Equal("""{"message":"Bot not found"}""", body.ToJsonString());
    }

    private static async Task<List<long>> PointsAsync(TopGgSandbox sandbox, string path) =>
        (await ReadJsonAsync(await sandbox.GetAsync(path), HttpStatusCode.OK))["results"]!.AsArray().Select(b => (long)b!["points"]!).ToList();

    private static async Task<List<string>> IdsAsync(TopGgSandbox sandbox, string path) =>
        (await ReadJsonAsync(await sandbox.GetAsync(path), HttpStatusCode.OK))["results"]!.AsArray().Select(b => (string)b!["id"]!).ToList();
}
