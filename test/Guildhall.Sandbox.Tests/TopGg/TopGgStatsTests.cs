using System.Net;
using static Guildhall.Sandbox.Tests.SandboxAssert;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgStatsTests
{
    [Fact]
    public async Task Get_stats_has_the_documented_shape()
    {
        await using var sandbox = await StartAsync();
        var own = await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK);
        var other = await ReadJsonAsync(await sandbox.GetAsync($"bots/{OtherBotId}/stats"), HttpStatusCode.OK);

        Assert.Equal("""{"server_count":1284,"shards":[],"shard_count":null}""", own.ToJsonString());
        Assert.Equal("""{"server_count":90210,"shards":[22000,23105,21950,23155],"shard_count":4}""", other.ToJsonString());
    }

    [Fact]
    public async Task Get_stats_of_an_unknown_bot_is_404()
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync($"bots/{UnknownId}/stats"), HttpStatusCode.NotFound);
        Assert.Equal("Bot not found", (string?)body["message"]);
    }

    [Theory]
    [InlineData("""{"server_count":42}""", """{"server_count":42,"shards":[],"shard_count":null}""")]
    [InlineData("""{"server_count":[10,20,30]}""", """{"server_count":60,"shards":[10,20,30],"shard_count":3}""")]
    [InlineData("""{"shards":[5,6]}""", """{"server_count":11,"shards":[5,6],"shard_count":2}""")]
    [InlineData("""{"server_count":42,"shard_count":4}""", """{"server_count":42,"shards":[],"shard_count":4}""")]
    [InlineData("""{"server_count":7,"shard_id":0,"shard_count":2}""", """{"server_count":7,"shards":[7,0],"shard_count":2}""")]
    public async Task Posting_stats_is_an_empty_200_and_changes_what_is_read_back(string body, string expected)
    {
        await using var sandbox = await StartAsync();
        var response = await sandbox.PostAsync("bots/stats", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var stats = await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK);
        Assert.Equal(expected, stats.ToJsonString());
    }

    [Fact]
    public async Task Shards_posted_at_the_same_moment_all_land()
    {
        await using var sandbox = await StartAsync();
        var posts = Enumerable.Range(0, 16).Select(shard =>
            sandbox.PostAsync($"bots/{BotId}/stats", $$"""{"server_count":{{shard + 1}},"shard_id":{{shard}},"shard_count":16}""")).ToArray();

        Assert.All(await Task.WhenAll(posts), response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var stats = await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK);
        Assert.Equal(Enumerable.Range(1, 16).Sum(), (long)stats["server_count"]!);
    }

    [Fact]
    public async Task Clusters_posting_their_own_shards_add_up()
    {
        await using var sandbox = await StartAsync();
        foreach (var (shard, servers) in new[] { (0, 100), (1, 110), (2, 120), (3, 130) })
        {
            var token = shard < 2 ? Token : LegacyToken;
            var response = await sandbox.PostAsync($"bots/{BotId}/stats", $$"""{"server_count":{{servers}},"shard_id":{{shard}},"shard_count":4}""", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var stats = await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK);
        Assert.Equal("""{"server_count":460,"shards":[100,110,120,130],"shard_count":4}""", stats.ToJsonString());
        var bot = await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK);
        Assert.Equal(460, (long)bot["server_count"]!);
        Assert.Equal(4, (long)bot["shard_count"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"server_count\":")]
    [InlineData("[1,2]")]
    [InlineData("{}")]
    [InlineData("""{"server_count":"12"}""")]
    [InlineData("""{"server_count":-1}""")]
    [InlineData("""{"server_count":1.5}""")]
    [InlineData("""{"server_count":[1,"2"]}""")]
    [InlineData("""{"server_count":3,"shard_id":4,"shard_count":4}""")]
    [InlineData("""{"server_count":3,"shard_id":-1}""")]
    [InlineData("""{"server_count":3,"shards":"many"}""")]
    public async Task Malformed_stats_are_400_with_a_message_and_change_nothing(string body)
    {
        await using var sandbox = await StartAsync();
        var response = await sandbox.PostAsync("bots/stats", body);

        var error = await ReadJsonAsync(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
        var stats = await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK);
        Assert.Equal(1284, (long)stats["server_count"]!);
        var posted = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "posted-stats"), HttpStatusCode.OK);
        Assert.Empty(posted.AsArray());
    }

    [Theory]
    [InlineData("bots/905006726896553986/stats")]
    [InlineData("bots/None/stats")]
    public async Task Posting_stats_for_another_bot_is_403(string path)
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.PostAsync(path, """{"server_count":1}"""), HttpStatusCode.Forbidden);
        Assert.Equal("Forbidden", (string?)body["error"]);
        var other = await ReadJsonAsync(await sandbox.GetAsync($"bots/{OtherBotId}/stats"), HttpStatusCode.OK);
        Assert.Equal(90210, (long)other["server_count"]!);
    }

    [Fact]
    public async Task Posted_stats_are_kept_exactly_as_sent()
    {
        await using var sandbox = await StartAsync();
        await sandbox.PostAsync("bots/stats", """{"server_count":[1,2],"shard_count":2}""");
        await sandbox.PostAsync($"bots/{OtherBotId}/stats", """{"server_count":9}""", Bearer(OtherBotToken));

        var all = (await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "posted-stats"), HttpStatusCode.OK)).AsArray();
        var mine = (await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, $"posted-stats?bot={BotId}"), HttpStatusCode.OK)).AsArray();

        Assert.Equal(2, all.Count);
        var record = Assert.Single(mine)!;
        Assert.Equal(BotId.ToString(), (string?)record["bot"]);
        Assert.Equal("POST", (string?)record["method"]);
        Assert.Equal("/bots/stats", (string?)record["path"]);
        Assert.Equal("""{"server_count":[1,2],"shard_count":2}""", record["body"]!.ToJsonString());
        Assert.Equal(DefaultStart, DateTimeOffset.Parse((string)record["received_at"]!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.NoContent, (await sandbox.AdminAsync(HttpMethod.Delete, "posted")).StatusCode);
        Assert.Empty((await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "posted-stats"), HttpStatusCode.OK)).AsArray());
    }
}
