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
}
