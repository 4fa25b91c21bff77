using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgMetricsTests
{
    [Fact]
    public async Task Patch_metrics_answers_the_metrics_and_updates_the_v0_stats()
    {
        await using var sandbox = await StartAsync();
        var answer = await ReadJsonAsync(
            await sandbox.SendAsync(HttpMethod.Patch, "v1/projects/@me/metrics", Bearer(Token), """{"server_count":420,"shard_count":67}"""),
            HttpStatusCode.OK);

        Assert.Equal("""{"server_count":420,"shard_count":67}""", answer.ToJsonString());
        var stats = await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK);
        Assert.Equal("""{"server_count":420,"shards":[],"shard_count":67}""", stats.ToJsonString());
        var posted = (await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "metrics"), HttpStatusCode.OK)).AsArray();
        Assert.Equal("/v1/projects/@me/metrics", (string?)Assert.Single(posted)!["path"]);
    }

    [Theory]
    [InlineData("""{}""", "")]
    [InlineData("""{"server_count":-1}""", "server_count")]
    [InlineData("""{"server_count":"12"}""", "server_count")]
    [InlineData("""{"member_count":10}""", "member_count")]
    [InlineData("""{"server_count":1,"player_count":10}""", "player_count")]
    [InlineData("""{"guilds":10}""", "guilds")]
    [InlineData("""[1]""", "$")]
    public async Task Patch_metrics_validates_the_bot_shape(string body, string errorKey)
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(
            await sandbox.SendAsync(HttpMethod.Patch, "v1/projects/@me/metrics", Bearer(Token), body), HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]![errorKey]!.AsArray());
        Assert.Equal(1284, (long)(await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK))["server_count"]!);
    }

    [Theory]
    [InlineData("""[{"timestamp":"2026-03-04T11:00:00Z","metrics":{"server_count":419}},{"timestamp":"2026-03-04T11:05:00Z","metrics":{"server_count":420,"shard_count":2}}]""")]
    [InlineData("""{"data":[{"timestamp":"2026-03-04T11:05:00Z","metrics":{"server_count":420,"shard_count":2}},{"timestamp":"2026-03-04T11:00:00+00:00","metrics":{"server_count":419}}]}""")]
    public async Task Batch_accepts_a_bare_array_and_a_data_object_and_applies_the_newest_entry(string body)
    {
        await using var sandbox = await StartAsync();
        var answer = await ReadJsonAsync(await sandbox.PostAsync("v1/projects/@me/metrics/batch", body), HttpStatusCode.OK);

        var data = answer["data"]!.AsArray();
        Assert.Equal(2, data.Count);
        Assert.All(data, e => Assert.Matches(@"\.\d{7}\+00:00$", (string?)e!["timestamp"]));
        var stats = await ReadJsonAsync(await sandbox.GetAsync("bots/stats"), HttpStatusCode.OK);
        Assert.Equal(420, (long)stats["server_count"]!);
        Assert.Equal(2, (long)stats["shard_count"]!);
    }

    [Fact]
    public async Task Batch_timestamps_may_be_at_most_5_minutes_ahead_and_default_to_now()
    {
        await using var sandbox = await StartAsync();
        var ok = await ReadJsonAsync(
            await sandbox.PostAsync("v1/projects/@me/metrics/batch", """[{"timestamp":"2026-03-04T12:05:00Z","metrics":{"server_count":1}},{"metrics":{"server_count":2}}]"""),
            HttpStatusCode.OK);
        Assert.Equal("2026-03-04T12:00:00.0000000+00:00", (string?)ok["data"]![1]!["timestamp"]);

        var problem = await ReadProblemAsync(
            await sandbox.PostAsync("v1/projects/@me/metrics/batch", """[{"timestamp":"2026-03-04T12:05:01Z","metrics":{"server_count":1}}]"""),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]!["data[0].timestamp"]!.AsArray());
    }

    [Theory]
    [InlineData("""[]""", "data")]
    [InlineData("""{"data":[]}""", "data")]
    [InlineData("""{"entries":[]}""", "data")]
    [InlineData("""[5]""", "data[0]")]
    [InlineData("""[{"timestamp":"soon","metrics":{"server_count":1}}]""", "data[0].timestamp")]
    [InlineData("""[{"metrics":{"online_count":1}}]""", "data[0].metrics.online_count")]
    [InlineData("""[{"metrics":{}}]""", "data[0].metrics")]
    [InlineData("""[{"metrics":3}]""", "data[0].metrics")]
    public async Task Invalid_batches_are_400(string body, string errorKey)
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(await sandbox.PostAsync("v1/projects/@me/metrics/batch", body), HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]![errorKey]!.AsArray());
    }

    [Fact]
    public async Task A_batch_holds_at_most_100_entries()
    {
        await using var sandbox = await StartAsync();
        var entry = """{"metrics":{"server_count":1}}""";
        var hundred = "[" + string.Join(",", Enumerable.Repeat(entry, 100)) + "]";
        var tooMany = "[" + string.Join(",", Enumerable.Repeat(entry, 101)) + "]";

        await ReadJsonAsync(await sandbox.PostAsync("v1/projects/@me/metrics/batch", hundred), HttpStatusCode.OK);
        var problem = await ReadProblemAsync(await sandbox.PostAsync("v1/projects/@me/metrics/batch", tooMany), HttpStatusCode.BadRequest);
        Assert.Contains("100", (string?)problem["errors"]!["data"]![0], StringComparison.Ordinal);
    }
}
