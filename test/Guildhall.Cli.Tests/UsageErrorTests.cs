namespace Guildhall.Cli.Tests;

/// <summary>A command line the parser refuses ends as one line in the user's terms, a hint to --help, exit code 2, and nothing on standard output.</summary>
public sealed class UsageErrorTests
{
    public static TheoryData<string[], string> Refused => new()
    {
        { ["topgg", "post-stats", "abc", "--token", "t"], "error: <server-count> takes a whole number (digits only), not 'abc'." },
        { ["osu", "user", "2", "--client-id", "abc"], "error: --client-id takes a whole number (digits only), not 'abc'." },
        { ["tatsu", "profile", "1", "--nope"], "error: Unrecognized command or argument '--nope'." },
        { ["topgg", "check", "-12"], "error: <user-id> takes a whole number, 0 or more (digits only, as Discord and the APIs write ids), not '-12'." },
        { ["topgg", "bogus"], "error: Unrecognized command or argument 'bogus'." },
        { ["topgg"], "error: a command is needed here." },
        { ["tatsu", "profile", "1", "--timeout", "-1"], "error: --timeout is a number of seconds, 0 to 86400 (a day); 0 waits as long as it takes." },
        { ["tatsu", "profile", "1", "--timeout", "Infinity"], "error: --timeout is a number of seconds, 0 to 86400 (a day); 0 waits as long as it takes." },
        { ["tatsu", "profile", "1", "--timeout", "5000000"], "error: --timeout is a number of seconds, 0 to 86400 (a day); 0 waits as long as it takes." },
        { ["tatsu", "add-points", "1", "2", "--", "-5"], "error: The amount must be positive; use --remove to take away." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_command_line_is_one_line_on_stderr_and_a_hint_to_help(string[] command, string expected)
    {
        var run = await CliRun.RunAsync(command);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(expected, lines[0]);
        Assert.Matches("^Run 'guildhall( [a-z-]+)* --help' for its commands and options\\.$", lines[1]);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_the_library_refuses_reads_without_the_runtimes_parameter_notes()
    {
        var run = await CliRun.RunAsync("topgg", "post-stats", "--token", Guildhall.Sandbox.TopGg.TopGgSandboxCredentials.Token, "--", "-5");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: The server count cannot be negative.", run.Error.Trim());
    }
}
