using System.Text.Json;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Cli.Tests;

/// <summary><c>guildhall sandbox env</c> prints what points every command at a running sandbox, and says so when none runs.</summary>
[Collection(SandboxGroup.Name)]
public sealed class SandboxEnvTests(SandboxFixture sandbox)
{
    private string Root => sandbox.Host.BaseAddress.AbsoluteUri.TrimEnd('/');

    [Fact]
    public async Task Env_prints_an_export_per_api_base_url_and_credential()
    {
        var run = await CliRun.RunAsync("sandbox", "env", "--url", Root);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains($"export GUILDHALL_TOPGG_BASE_URL='{sandbox.Base("topgg/api")}'", lines);
        Assert.Contains($"export GUILDHALL_OSU_BASE_URL='{sandbox.Base("osu")}'", lines);
        Assert.Contains($"export GUILDHALL_TATSU_BASE_URL='{sandbox.Base("tatsu/v1")}'", lines);
        Assert.Contains($"export GUILDHALL_POLYMPICS_BASE_URL='{sandbox.Base("polympics")}'", lines);
        Assert.Contains($"export TOPGG_TOKEN='{TopGgSandboxCredentials.Token}'", lines);
        Assert.Contains($"export TATSU_KEY='{TatsuSandboxCredentials.GuildmasterKey}'", lines);
        Assert.Contains(lines, line => line.StartsWith("export OSU_CLIENT_ID='", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("export POLYMPICS_CREDENTIALS='A1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Env_as_json_and_for_pwsh_carries_the_same_variables()
    {
        var json = await CliRun.RunAsync("sandbox", "env", "--url", Root, "--json");
        var pwsh = await CliRun.RunAsync("sandbox", "env", "--url", Root, "--shell", "pwsh");

        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(sandbox.Base("tatsu/v1"), document.RootElement.GetProperty("GUILDHALL_TATSU_BASE_URL").GetString());
        Assert.Contains($"$env:TATSU_KEY = '{TatsuSandboxCredentials.GuildmasterKey}'", pwsh.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_environment_drives_a_command_without_options()
    {
        var env = await CliRun.RunAsync("sandbox", "env", "--url", Root, "--json");
        using var variables = JsonDocument.Parse(env.Output);
        var names = variables.RootElement.EnumerateObject().Select(variable => variable.Name).ToList();
        foreach (var variable in variables.RootElement.EnumerateObject())
        {
            Environment.SetEnvironmentVariable(variable.Name, variable.Value.GetString());
        }

        try
        {
            var run = await CliRun.RunAsync("tatsu", "profile", TatsuSandboxData.SupporterUserId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

            Assert.True(run.ExitCode == 0, run.Error);
        }
        finally
        {
            names.ForEach(name => Environment.SetEnvironmentVariable(name, null));
        }
    }

    [Fact]
    public async Task Env_without_a_sandbox_says_how_to_start_one()
    {
        var run = await CliRun.RunAsync("sandbox", "env", "--url", "http://127.0.0.1:9");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("no sandbox answers at http://127.0.0.1:9/", run.Error, StringComparison.Ordinal);
        Assert.Contains("guildhall sandbox", run.Error, StringComparison.Ordinal);
    }
}
