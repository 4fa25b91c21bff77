using System.Globalization;
using System.Text;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Polympics;
using Guildhall.Sandbox.Tatsu;

namespace Guildhall.Cli.Tests;

/// <summary>
/// How a call that goes wrong reads, on a sandbox of its own (its faults are its own): the API named, the status said
/// once, the credential to check, a broken connection and a timeout each with what to change, and a wait announced.
/// </summary>
public sealed class ApiFailureTests : IAsyncLifetime
{
    private static readonly string Profile = $"/tatsu/v1/users/{TatsuSandboxData.SupporterUserId.ToString(CultureInfo.InvariantCulture)}/profile";

    private SandboxHost _host = null!;

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<CliRun> TatsuProfile(params string[] more) => CliRun.RunAsync(
    [
        "tatsu", "profile", TatsuSandboxData.SupporterUserId.ToString(CultureInfo.InvariantCulture),
        "--base-url", _host.GetApiBase("tatsu/v1").AbsoluteUri, "--key", TatsuSandboxCredentials.GuildmasterKey, .. more,
    ]);

    [Fact]
    public async Task A_refused_credential_is_said_once_with_the_option_and_variable_that_set_it()
    {
        var tatsu = await CliRun.RunAsync("tatsu", "profile", "1", "--base-url", _host.GetApiBase("tatsu/v1").AbsoluteUri, "--key", "not-a-key");
        var polympics = await CliRun.RunAsync("polympics", "me", "--base-url", _host.GetApiBase("polympics").AbsoluteUri, "--credentials", "A1:bm90LWEtdG9rZW4=");

        Assert.Equal(1, tatsu.ExitCode);
        var line = Assert.Single(tatsu.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Tatsu refused tatsu.", line, StringComparison.Ordinal);
        Assert.Equal(2, line.Split("401").Length);
        Assert.Contains("check --key or TATSU_KEY.", line, StringComparison.Ordinal);
        Assert.Equal(1, polympics.ExitCode);
        Assert.Equal(2, polympics.Error.Split("401").Length);
        Assert.Contains("check --credentials or POLYMPICS_CREDENTIALS.", polympics.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("bm90LWEtdG9rZW4=", polympics.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_the_server_drops_names_the_api_and_its_address()
    {
        await PostFaultAsync($$"""{"path":"{{Profile}}","kind":"abort","times":10}""");

        var run = await TatsuProfile();

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: the connection to Tatsu at {_host.GetApiBase("tatsu/v1").AbsoluteUri} broke", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_bounds_a_slow_answer_and_the_failure_names_the_option()
    {
        await PostFaultAsync($$"""{"path":"{{Profile}}","kind":"delay","delay_ms":30000,"times":10}""");

        var run = await TatsuProfile("--timeout", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did not complete within", run.Error, StringComparison.Ordinal);
        Assert.Contains("--timeout SECONDS", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_wait_is_announced_on_stderr_with_its_reason_and_stdout_keeps_only_the_result()
    {
        await PostFaultAsync($$"""{"path":"{{Profile}}","kind":"status","status":503,"headers":{"Retry-After":"2"},"times":1}""");
        var run = await TatsuProfileWithProgressAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the API answered 503 Service Unavailable;", run.Error, StringComparison.Ordinal);
        Assert.Contains("retrying in 2", run.Error, StringComparison.Ordinal);
        using var profile = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, profile.RootElement.ValueKind);
    }

    [Fact]
    public async Task A_retry_after_a_dropped_connection_is_announced_in_words()
    {
        // Three drops: the third retry waits a second or more, long enough to be announced.
        await PostFaultAsync($$"""{"path":"{{Profile}}","kind":"abort","times":3}""");
        var run = await TatsuProfileWithProgressAsync();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("no answer (the connection", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_base_url_comes_from_GUILDHALL_API_BASE_URL_when_the_option_is_absent()
    {
        Environment.SetEnvironmentVariable("GUILDHALL_POLYMPICS_BASE_URL", _host.GetApiBase("polympics").AbsoluteUri);
        try
        {
            var run = await CliRun.RunAsync("polympics", "account", PolympicsSandboxCredentials.CaptainAccountId.ToString(CultureInfo.InvariantCulture), "--json");

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains(PolympicsSandboxCredentials.CaptainAccountId.ToString(CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GUILDHALL_POLYMPICS_BASE_URL", null);
        }
    }

    /// <summary>Runs <c>tatsu profile --json</c> with progress lines on standard error, as on a terminal.</summary>
    private async Task<CliRun> TatsuProfileWithProgressAsync()
    {
        Environment.SetEnvironmentVariable(Output.CommandProgress.ProgressVariable, "always");
        try
        {
            return await TatsuProfile("--json");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Output.CommandProgress.ProgressVariable, null);
        }
    }

    private async Task PostFaultAsync(string json)
    {
        using var http = _host.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("_sandbox/faults", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }
}
