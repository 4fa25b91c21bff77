using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Cli.Tests;

[Collection(SandboxGroup.Name)]
public sealed class TopGgCommandTests(SandboxFixture sandbox)
{
    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<CliRun> TopGg(string token, params string[] args) =>
        CliRun.RunAsync(["topgg", "--base-url", sandbox.Base("topgg/api"), "--token", token, .. args]);

    [Fact]
    public async Task Bot_prints_a_table_and_json()
    {
        var table = await TopGg(TopGgSandboxCredentials.Token, "bot");
        var json = await TopGg(TopGgSandboxCredentials.Token, "bot", Id(TopGgSandboxCredentials.OtherBotId), "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Guildhall Sandbox", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(Id(TopGgSandboxCredentials.OtherBotId), document.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Check_and_vote_tell_whether_a_user_voted()
    {
        var check = await TopGg(TopGgSandboxCredentials.Token, "check", Id(TopGgSandboxCredentials.RecentVoterId), "--json");
        var vote = await TopGg(TopGgSandboxCredentials.Token, "vote", Id(TopGgSandboxCredentials.ExpiredVoterId));

        Assert.Equal(0, check.ExitCode);
        Assert.True(JsonDocument.Parse(check.Output).RootElement.GetProperty("voted").GetBoolean());
        Assert.Equal(0, vote.ExitCode);
        Assert.Contains("no vote in the last 12 hours", vote.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_of_a_user_top_gg_does_not_know_says_so_instead_of_no_vote()
    {
        var run = await TopGg(TopGgSandboxCredentials.Token, "vote", Id(TopGgSandboxCredentials.UnknownId));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"Top.gg knows no user with the Discord id {Id(TopGgSandboxCredentials.UnknownId)}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_stats_sends_shard_zero_and_rejects_negative_counts()
    {
        var posted = await TopGg(TopGgSandboxCredentials.OtherBotToken, "post-stats", "250", "--shard-id", "0", "--shard-count", "2");
        var stats = await TopGg(TopGgSandboxCredentials.OtherBotToken, "stats", "--json");
        var negative = await TopGg(TopGgSandboxCredentials.OtherBotToken, "post-stats", "--", "-4");

        Assert.Equal(0, posted.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(stats.Output).RootElement.GetProperty("shard_count").GetInt32());
        Assert.Equal(2, negative.ExitCode);
        Assert.Contains("cannot be negative", negative.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Project_votes_list_v1_votes()
    {
        var run = await TopGg(TopGgSandboxCredentials.Token, "project-votes", "--max", "5", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(run.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Commands_are_read_from_a_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, """[{"name":"ping","description":"Is the bot alive?","type":1}]""");

            var run = await TopGg(TopGgSandboxCredentials.Token, "commands", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Sent 1 command(s).", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_legacy_token_works_on_v0_only()
    {
        var v0 = await TopGg(TopGgSandboxCredentials.LegacyToken, "weekend", "--legacy-token");
        var v1 = await TopGg(TopGgSandboxCredentials.LegacyToken, "project", "--legacy-token");

        Assert.Equal(0, v0.ExitCode);
        Assert.Equal(1, v1.ExitCode);
        Assert.Contains("401", v1.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TopGgSandboxCredentials.LegacyToken, v1.Error + v1.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_token_is_a_usage_error_that_does_not_echo_it()
    {
        var run = await TopGg("definitely-not-a-token", "weekend");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not readable", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("definitely-not-a-token", run.Error, StringComparison.Ordinal);
    }
}
