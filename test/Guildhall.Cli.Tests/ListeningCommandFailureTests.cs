using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Guildhall.Testing;

namespace Guildhall.Cli.Tests;

/// <summary>
/// Every command that listens, run as the real <c>guildhall</c> process, on an address it cannot use: one line on
/// standard error naming the address and the option to change, a non-zero exit code, and a stack trace only with
/// <c>--verbose</c>.
/// </summary>
public sealed class ListeningCommandFailureTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _folder = new();
    private readonly TcpListener _occupied = new(IPAddress.Loopback, 0);

    public ListeningCommandFailureTests() => _occupied.Start();

    public static TheoryData<string> Commands => ["sandbox", "topgg listen", "osu login"];

    private string BusyAddress => $"http://127.0.0.1:{((IPEndPoint)_occupied.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}";

    public void Dispose()
    {
        _occupied.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_port_in_use_is_one_line_naming_the_address_and_the_option(string command)
    {
        var (option, address) = AddressOption(command, BusyAddress);

        await using var run = await RunAsync(command, option, address);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, line => line.Length > 0);
        Assert.StartsWith($"error: {address} is already in use by another program", line, StringComparison.Ordinal);
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.DoesNotContain(run.ErrorLines, line => line.StartsWith("   at ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Verbose_adds_the_exception_and_its_stack_trace(string command)
    {
        var (option, address) = AddressOption(command, BusyAddress);

        await using var run = await RunAsync(command, option, address, "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {address} is already in use", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, line => line.Contains("address already in use", StringComparison.OrdinalIgnoreCase) && line.Contains("Exception", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("   at ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_address_that_is_not_a_url_is_bad_input_naming_the_option(string command)
    {
        var (option, _) = AddressOption(command, BusyAddress);

        await using var run = await RunAsync(command, option, "notaurl");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, line => line.Length > 0);
        Assert.Equal($"error: {option} 'notaurl' is not an address to listen on: use http://HOST:PORT, for example http://127.0.0.1:5080.", line);
    }

    private static (string Option, string Address) AddressOption(string command, string address) =>
        command == "osu login" ? ("--redirect-uri", address + "/callback") : ("--urls", address);

    private Task<DotnetProcess> RunAsync(string command, string option, string address, params string[] extra)
    {
        string[] arguments = [.. command.Split(' '), option, address, .. extra];
        if (command == "osu login")
        {
            arguments = [.. arguments, "--client-id", "40070", "--client-secret", "not-needed", "--token-store", _folder.TokenStore];
        }

        return DotnetProcess.RunAsync("guildhall.dll", Bound, arguments);
    }
}
