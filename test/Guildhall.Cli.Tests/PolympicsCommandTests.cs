using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Cli.Tests;

[Collection(SandboxGroup.Name)]
public sealed class PolympicsCommandTests(SandboxFixture sandbox)
{
    private const string FullApp = PolympicsSandboxCredentials.FullAppUsername + ":" + PolympicsSandboxCredentials.FullAppToken;

    private Task<CliRun> Polympics(params string[] args) =>
        CliRun.RunAsync(["polympics", .. args, "--base-url", sandbox.Base("polympics"), "--credentials", FullApp]);

    [Fact]
    public async Task Read_commands_print_what_the_api_returned()
    {
        var signups = await Polympics("signups");
        var account = await Polympics("account", PolympicsSandboxCredentials.CaptainAccountId.ToString(CultureInfo.InvariantCulture), "--json");
        var me = await Polympics("me");

        Assert.Equal(0, signups.ExitCode);
        Assert.Equal(0, account.ExitCode);
        using var document = JsonDocument.Parse(account.Output);
        Assert.Equal(PolympicsSandboxCredentials.CaptainAccountId.ToString(CultureInfo.InvariantCulture), document.RootElement.GetProperty("id").ToString());
        Assert.Equal(0, me.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(me.Output));
    }

    [Fact]
    public async Task An_unknown_account_exits_1_with_the_validation_message()
    {
        var run = await Polympics("account", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("422", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(PolympicsSandboxCredentials.FullAppToken, run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_award_created_changed_and_deleted_is_named_on_each_line()
    {
        var created = await Polympics("create-award", "CLI trophy", "--image-url", "https://example.com/trophy.png", "--team", PolympicsSandboxCredentials.CaptainTeamId.ToString(CultureInfo.InvariantCulture));
        var id = System.Text.RegularExpressions.Regex.Match(created.Output, @"^award (\d+): CLI trophy$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        var updated = await Polympics("update-award", id, "--title", "CLI cup");
        var deleted = await Polympics("delete-award", id);

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.NotEmpty(id);
        Assert.Equal($"award {id}: CLI cup", updated.Output.Trim());
        Assert.Equal($"Deleted award {id}.", deleted.Output.Trim());
    }

    [Fact]
    public async Task Give_and_take_award_print_json_that_says_whether_anything_changed()
    {
        var account = PolympicsSandboxCredentials.CaptainAccountId.ToString(CultureInfo.InvariantCulture);
        var award = JsonDocument.Parse((await Polympics("create-award", "CLI medal", "--image-url", "https://example.com/medal.png", "--team", PolympicsSandboxCredentials.CaptainTeamId.ToString(CultureInfo.InvariantCulture), "--json")).Output).RootElement.GetProperty("id").ToString();

        var given = await Polympics("give-award", award, account, "--json");
        var again = await Polympics("give-award", award, account, "--json");
        var taken = await Polympics("take-award", award, account, "--json");

        Assert.Equal(0, given.ExitCode);
        using var first = JsonDocument.Parse(given.Output);
        Assert.True(first.RootElement.GetProperty("holds").GetBoolean());
        Assert.True(first.RootElement.GetProperty("changed").GetBoolean());
        Assert.False(JsonDocument.Parse(again.Output).RootElement.GetProperty("changed").GetBoolean());
        using var last = JsonDocument.Parse(taken.Output);
        Assert.False(last.RootElement.GetProperty("holds").GetBoolean());
        Assert.True(last.RootElement.GetProperty("changed").GetBoolean());
    }
}
