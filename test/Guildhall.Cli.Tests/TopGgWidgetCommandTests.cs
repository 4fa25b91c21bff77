using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Cli.Tests;

/// <summary><c>guildhall topgg widget</c>.</summary>
[Collection(SandboxGroup.Name)]
public sealed class TopGgWidgetCommandTests(SandboxFixture sandbox)
{
    private static readonly string BotId = TopGgSandboxCredentials.OtherBotId.ToString(CultureInfo.InvariantCulture);

    private Task<CliRun> TopGg(params string[] args) =>
        CliRun.RunAsync(["topgg", "--base-url", sandbox.Base("topgg/api"), "--token", TopGgSandboxCredentials.OtherBotToken, .. args]);

    [Fact]
    public async Task Widget_prints_every_widget_address_of_the_real_service_whole_within_80_columns()
    {
        var table = await CliRun.RunAsync("topgg", "widget", BotId, "--format", "Png", "--no-avatar");
        var json = await CliRun.RunAsync("topgg", "widget", BotId, "--format", "Png", "--no-avatar", "--json");

        Assert.Equal(0, table.ExitCode);
        var urls = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Select(widget => widget.GetProperty("url").GetString()!).ToList();
        Assert.Equal(10, urls.Count);
        Assert.Equal($"https://top.gg/api/widget/{BotId}.png", urls[0]);
        Assert.Contains($"https://top.gg/api/widget/lib/{BotId}.png?noavatar=true", urls);
        Assert.Contains($"https://top.gg/api/v1/widgets/small/social/discord/bot/{BotId}", urls);
        var lines = table.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.All(urls, url => Assert.Contains(lines, line => line.EndsWith(" " + url, StringComparison.Ordinal)));
        Assert.Empty(TerminalColumns.Over(table.Output, 80));
    }

    [Fact]
    public async Task Widget_colours_go_into_the_legacy_widgets_query_as_six_upper_case_hex_digits()
    {
        var large = await CliRun.RunAsync("topgg", "widget", BotId, "--type", "large", "--top-color", "#ff8800", "--label-color", "00ff00", "--json");
        var small = await CliRun.RunAsync(
            "topgg", "widget", BotId, "--type", "servers", "--avatar-bg", "000000", "--left-color", "2C2F33", "--right-text-color", "#0a0b0c", "--no-avatar", "--json");

        Assert.Equal(0, large.ExitCode);
        Assert.Equal($"https://top.gg/api/widget/{BotId}.svg?topcolor=FF8800&labelcolor=00FF00", Url(large));
        Assert.Equal(0, small.ExitCode);
        Assert.Equal($"https://top.gg/api/widget/servers/{BotId}.svg?avatarbg=000000&leftcolor=2C2F33&righttextcolor=0A0B0C&noavatar=true", Url(small));
    }

    [Fact]
    public async Task Widget_of_a_server_or_a_roblox_game_lists_the_v1_widgets_only()
    {
        var game = await CliRun.RunAsync("topgg", "widget", "4924922", "--platform", "roblox", "--project-type", "game", "--json");
        var server = await CliRun.RunAsync("topgg", "widget", "264445053596991498", "--project-type", "server", "--type", "v1-votes", "--json");

        Assert.Equal(0, game.ExitCode);
        Assert.Equal(
            [
                "https://top.gg/api/v1/widgets/large/roblox/game/4924922",
                "https://top.gg/api/v1/widgets/small/votes/roblox/game/4924922",
                "https://top.gg/api/v1/widgets/small/owner/roblox/game/4924922",
                "https://top.gg/api/v1/widgets/small/social/roblox/game/4924922",
            ],
            JsonDocument.Parse(game.Output).RootElement.EnumerateArray().Select(widget => widget.GetProperty("url").GetString()));
        Assert.Equal(0, server.ExitCode);
        Assert.Equal("https://top.gg/api/v1/widgets/small/votes/discord/server/264445053596991498", Url(server));
    }

    [Theory]
    [InlineData("--top-color", "orange", "six hex digits")]
    [InlineData("--left-color", "#12345", "six hex digits")]
    [InlineData("--platform", "steam", "steam")]
    public async Task Widget_refuses_a_value_it_cannot_read(string option, string value, string said)
    {
        var run = await CliRun.RunAsync("topgg", "widget", BotId, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(said, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Widget_refuses_options_the_asked_widgets_do_not_take_and_legacy_widgets_of_other_projects()
    {
        var colourOnV1 = await CliRun.RunAsync("topgg", "widget", BotId, "--type", "v1-votes", "--left-color", "000000");
        var largeColourOnSmall = await CliRun.RunAsync("topgg", "widget", BotId, "--type", "status", "--top-color", "000000");
        var legacyOfServer = await CliRun.RunAsync("topgg", "widget", BotId, "--type", "servers", "--project-type", "server");

        Assert.Equal(2, colourOnV1.ExitCode);
        Assert.Contains("--left-color applies to the legacy small widgets", colourOnV1.Error, StringComparison.Ordinal);
        Assert.Equal(2, largeColourOnSmall.ExitCode);
        Assert.Contains("--top-color applies to the legacy large widget", largeColourOnSmall.Error, StringComparison.Ordinal);
        Assert.Equal(2, legacyOfServer.ExitCode);
        Assert.Contains("only for Discord bots", legacyOfServer.Error, StringComparison.Ordinal);
        Assert.Equal("", legacyOfServer.Output);
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

    private static string? Url(CliRun run) => JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Single().GetProperty("url").GetString();
}
