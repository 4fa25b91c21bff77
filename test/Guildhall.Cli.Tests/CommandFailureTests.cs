using System.Net;
using System.Net.Sockets;

namespace Guildhall.Cli.Tests;

/// <summary>Commands that call an API fail with one line naming the option to change, and the stack trace only with <c>--verbose</c>.</summary>
public sealed class CommandFailureTests : IDisposable
{
    private const string TokenStore = "{token-store}";

    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string[]> ApiCommands => new()
    {
        new[] { "tatsu", "profile", "1", "--key", "k" },
        new[] { "polympics", "signups" },
        new[] { "topgg", "weekend", "--token", Guildhall.Sandbox.TopGg.TopGgSandboxCredentials.Token },
        new[] { "osu", "user", "1", "--client-id", "1", "--client-secret", "s", "--token-store", TokenStore },
    };

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(ApiCommands))]
    public async Task A_base_url_that_is_not_an_address_is_bad_input_naming_the_option(string[] command)
    {
        var run = await CliRun.RunAsync([.. WithTokenStore(command), "--base-url", "notaurl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --base-url 'notaurl' is not an http or https address", SingleLine(run.Error), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiCommands))]
    public async Task An_address_nobody_answers_on_is_named_with_its_option(string[] command)
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}/api/";

        var run = await CliRun.RunAsync([.. WithTokenStore(command), "--base-url", closed]);
        var verbose = await CliRun.RunAsync([.. WithTokenStore(command), "--base-url", closed, "--verbose"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($"^error: no answer from (Top\\.gg|osu!|Tatsu|Polympics) at {System.Text.RegularExpressions.Regex.Escape(closed)} \\(", SingleLine(run.Error));
        Assert.EndsWith("check the address (--base-url) and the network.", SingleLine(run.Error), StringComparison.Ordinal);
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("HttpRequestException", verbose.Error, StringComparison.Ordinal);
        Assert.Contains("\n   at ", verbose.Error, StringComparison.Ordinal);
    }

    private string[] WithTokenStore(string[] command) =>
        [.. command.Select(argument => argument == TokenStore ? _folder.TokenStore : argument)];

    private static string SingleLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Assert.Single(lines);
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
