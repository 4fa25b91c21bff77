using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.Tatsu;

namespace Guildhall.Cli.Tests;

[Collection(SandboxGroup.Name)]
public sealed class TatsuCommandTests(SandboxFixture sandbox)
{
    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<CliRun> Tatsu(string key, params string[] args) =>
        CliRun.RunAsync(["tatsu", .. args, "--base-url", sandbox.Base("tatsu/v1"), "--key", key]);

    [Fact]
    public async Task Profile_prints_a_table_and_json()
    {
        var table = await Tatsu(TatsuSandboxCredentials.GuildmasterKey, "profile", Id(TatsuSandboxData.SupporterUserId));
        var json = await Tatsu(TatsuSandboxCredentials.GuildmasterKey, "profile", Id(TatsuSandboxData.SupporterUserId), "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(Id(TatsuSandboxData.SupporterUserId), table.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(Id(TatsuSandboxData.SupporterUserId), document.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Rankings_walk_the_whole_leaderboard()
    {
        var run = await Tatsu(TatsuSandboxCredentials.GuildmasterKey, "rankings", Id(TatsuSandboxData.LibraryGuildId));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Id(TatsuSandboxData.MemberUserIdBase + 1), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_without_manage_server_exits_1_with_the_api_error()
    {
        var run = await Tatsu(TatsuSandboxCredentials.ApprenticeKey, "add-points", Id(TatsuSandboxData.TavernGuildId), Id(TatsuSandboxData.ApprenticeUserId), "10");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("403", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(TatsuSandboxCredentials.ApprenticeKey, run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_exits_1_without_printing_the_key()
    {
        var run = await Tatsu("not-a-real-key-123", "profile", Id(TatsuSandboxData.SupporterUserId));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-key-123", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_is_a_usage_error()
    {
        var previous = Environment.GetEnvironmentVariable("TATSU_KEY");
        Environment.SetEnvironmentVariable("TATSU_KEY", null);
        try
        {
            var run = await CliRun.RunAsync("tatsu", "profile", "1", "--base-url", sandbox.Base("tatsu/v1"));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("TATSU_KEY", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TATSU_KEY", previous);
        }
    }
}
