using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Cli.Tests;

/// <summary><c>guildhall topgg widget</c> and <c>guildhall topgg autopost --once</c>.</summary>
[Collection(SandboxGroup.Name)]
public sealed class TopGgWidgetCommandTests(SandboxFixture sandbox)
{
    private static readonly string BotId = TopGgSandboxCredentials.OtherBotId.ToString(CultureInfo.InvariantCulture);

    private Task<CliRun> TopGg(params string[] args) =>
        CliRun.RunAsync(["topgg", "--base-url", sandbox.Base("topgg/api"), "--token", TopGgSandboxCredentials.OtherBotToken, .. args]);

    [Fact]
    public async Task Widget_prints_every_widget_address_of_the_real_service_without_a_token()
    {
        var run = await CliRun.RunAsync("topgg", "widget", BotId, "--format", "Png", "--no-avatar");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Contains($"https://top.gg/api/widget/{BotId}.png", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("lib ", StringComparison.Ordinal) && line.EndsWith($"https://top.gg/api/widget/lib/{BotId}.png?noavatar=true", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith($"https://top.gg/api/v1/widgets/small/social/discord/bot/{BotId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Widget_of_one_type_as_json_follows_the_base_url()
    {
        var run = await TopGg("widget", BotId, "--type", "servers", "--json");

        Assert.Equal(0, run.ExitCode);
        var widgets = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(1, widgets.GetArrayLength());
        Assert.Equal("servers", widgets[0].GetProperty("widget").GetString());
        Assert.Equal($"{sandbox.Base("topgg/api").TrimEnd('/')}/widget/servers/{BotId}.svg", widgets[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Widget_of_an_unknown_type_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("topgg", "widget", BotId, "--type", "banner");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("banner", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autopost_once_posts_the_shards_through_the_autoposter_and_the_sandbox_shows_them()
    {
        var posted = await TopGg("autopost", "--once", "--shards", "1000,2000,1234", "--json");
        var stats = await TopGg("stats", "--json");

        Assert.Equal(0, posted.ExitCode);
        var answer = JsonDocument.Parse(posted.Output).RootElement;
        Assert.Equal(BotId, answer.GetProperty("bot_id").GetString());
        Assert.Equal(4234, answer.GetProperty("server_count").GetInt64());
        Assert.Equal(3, answer.GetProperty("shard_count").GetInt32());
        var shown = JsonDocument.Parse(stats.Output).RootElement;
        Assert.Equal(4234, shown.GetProperty("server_count").GetInt64());
        Assert.Equal(3, shown.GetProperty("shard_count").GetInt32());
    }

    [Fact]
    public async Task Autopost_once_says_what_it_posted()
    {
        var run = await TopGg("autopost", "--once", "777", "--shard-id", "1", "--shard-count", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Autoposted 777 servers on shard 1 (2 shards) for bot {BotId}.", run.Output.Trim());
    }

    [Fact]
    public async Task Autopost_reports_the_first_failure_instead_of_retrying_and_needs_once()
    {
        var negative = await TopGg("autopost", "--once", "--", "-4");
        var withoutOnce = await TopGg("autopost", "12");

        Assert.Equal(2, negative.ExitCode);
        Assert.Contains("cannot be negative", negative.Error, StringComparison.Ordinal);
        Assert.Equal(2, withoutOnce.ExitCode);
        Assert.Contains("--once", withoutOnce.Error, StringComparison.Ordinal);
        Assert.Equal("", withoutOnce.Output);
    }
}
