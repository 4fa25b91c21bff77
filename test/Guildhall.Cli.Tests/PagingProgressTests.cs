using System.Globalization;
using System.Text.Json;
using Guildhall.Cli.Output;
using Guildhall.Sandbox.Tatsu;

namespace Guildhall.Cli.Tests;

/// <summary>A command that walks pages counts what it has read on standard error, page by page, and keeps standard output for the result.</summary>
[Collection(SandboxGroup.Name)]
public sealed class PagingProgressTests(SandboxFixture sandbox)
{
    private Task<CliRun> WholeLeaderboardAsync() => CliRun.RunAsync(
        "tatsu", "rankings", TatsuSandboxData.LibraryGuildId.ToString(CultureInfo.InvariantCulture), "--all", "--json",
        "--base-url", sandbox.Base("tatsu/v1"), "--key", TatsuSandboxCredentials.GuildmasterKey);

    [Fact]
    public async Task Tatsu_rankings_all_counts_each_page_on_stderr_when_progress_is_asked_for()
    {
        Environment.SetEnvironmentVariable(CommandProgress.ProgressVariable, "always");
        CliRun run;
        try
        {
            run = await WholeLeaderboardAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(CommandProgress.ProgressVariable, null);
        }

        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Output).RootElement.GetArrayLength();
        var counts = run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        // The leaderboard is longer than one page of 100, so the walk reports more than once and ends at the total.
        Assert.True(rows > 100, $"the sandbox's leaderboard has {rows} rows; the test needs more than one page");
        Assert.Equal("100 members so far", counts[0]);
        Assert.Equal($"{rows.ToString(CultureInfo.InvariantCulture)} members so far", counts[^1]);
        Assert.All(counts, line => Assert.EndsWith(" members so far", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_progress_asked_for_a_paging_command_away_from_a_terminal_leaves_stderr_empty()
    {
        var run = await WholeLeaderboardAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.True(JsonDocument.Parse(run.Output).RootElement.GetArrayLength() > 0);
    }
}
