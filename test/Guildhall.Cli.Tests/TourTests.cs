using System.Text.RegularExpressions;
using Guildhall.Cli.Tour;

namespace Guildhall.Cli.Tests;

public sealed class TourTests
{
    [Fact]
    public async Task The_tour_drives_every_section_and_exits_zero_only_when_every_step_worked()
    {
        using var output = new StringWriter();
        var sections = TourSections.CreateAll();

        var exitCode = await new TourRunner(output).RunAsync(sections, CancellationToken.None);

        var report = output.ToString();
        Assert.True(exitCode == 0, report);
        Assert.NotEmpty(sections);
        Assert.All(sections, section => Assert.Contains($"== {section.Title} ==", report, StringComparison.Ordinal));
        Assert.DoesNotContain("FAIL", report, StringComparison.Ordinal);
        Assert.Matches(@"(\d+) of \1 steps worked\.", report);
    }

    [Fact]
    public async Task The_tour_wraps_its_report_to_80_columns_by_default()
    {
        using var narrow = new StringWriter();
        using var wide = new StringWriter();

        Assert.Equal(0, await new TourRunner(narrow).RunAsync(TourSections.CreateAll(), CancellationToken.None));
        Assert.Equal(0, await new TourRunner(wide, width: int.MaxValue).RunAsync(TourSections.CreateAll(), CancellationToken.None));

        var lines = narrow.ToString().Split(Environment.NewLine);
        Assert.All(lines, line => Assert.True(TerminalColumns.Of(line) <= 80, $"{TerminalColumns.Of(line)} columns: {line}"));
        Assert.True(lines.Length > wide.ToString().Split(Environment.NewLine).Length, "nothing was wrapped");
        Assert.Contains(lines, line => line.StartsWith("         ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(" ms)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("flaky")]
    [InlineData("slow")]
    [InlineData("throttled")]
    public async Task The_tour_completes_under_each_fault_profile_and_counts_each_outcome(string profile)
    {
        using var output = new StringWriter();
        var sections = TourSections.CreateAll();

        // Unwrapped, so each step is one line to match.
        var exitCode = await new TourRunner(output, profile, faultSeed: 1, width: int.MaxValue).RunAsync(sections, CancellationToken.None);

        var report = output.ToString();
        Assert.True(exitCode == 0, report);
        Assert.Contains($"fault profile '{profile}' (seed 1)", report, StringComparison.Ordinal);
        Assert.Equal(sections.Count, Regex.Count(report, @"  -- \d+ ok, \d+ recovered, \d+ failed with a typed error, 0 failed"));
        var total = Regex.Match(report, @"Under '\w+': (\d+) ok, (\d+) recovered, (\d+) failed with a typed error, 0 failed\.");
        Assert.True(total.Success, report);
        Assert.True(int.Parse(total.Groups[2].Value) + int.Parse(total.Groups[3].Value) > 0, "the profile touched no step: " + report);
        Assert.All(report.Split('\n').Where(line => line.StartsWith("  FAIL", StringComparison.Ordinal)), line => Assert.EndsWith($"'{profile}' profile)", line.TrimEnd()));
    }

    [Fact]
    public async Task The_same_seed_replays_the_same_faults_on_the_same_steps()
    {
        var first = await StepOutcomesAsync("flaky", faultSeed: 5);
        var again = await StepOutcomesAsync("flaky", faultSeed: 5);

        Assert.Equal(first, again);
        Assert.Contains(first, step => step.Contains("recovered from", StringComparison.Ordinal) || step.StartsWith("FAIL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sandbox_and_tour_refuse_an_unknown_fault_profile()
    {
        var tour = await CliRun.RunAsync("tour", "--faults", "stormy");
        var sandbox = await CliRun.RunAsync("sandbox", "--faults", "stormy");

        Assert.NotEqual(0, tour.ExitCode);
        Assert.NotEqual(0, sandbox.ExitCode);
        Assert.Contains("flaky", tour.Error, StringComparison.Ordinal);
        Assert.Contains("flaky", sandbox.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_step_makes_the_exit_code_non_zero_and_the_tour_carries_on()
    {
        using var output = new StringWriter();

        var exitCode = await new TourRunner(output).RunAsync([new FailingSection(), new PassingSection()], CancellationToken.None);

        Assert.Equal(1, exitCode);
        var report = output.ToString();
        Assert.Contains("FAIL broken step: InvalidOperationException: it broke", report, StringComparison.Ordinal);
        Assert.Contains("ok   working step", report, StringComparison.Ordinal);
        Assert.Contains("1 of 2 steps worked.", report, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each step of a tour under <paramref name="profile"/>: how it ended and how many injected faults it met, without its
    /// timing or ports (and, for a failure, the error's type without its message).
    /// </summary>
    private static async Task<IReadOnlyList<string>> StepOutcomesAsync(string profile, int faultSeed)
    {
        using var output = new StringWriter();
        await new TourRunner(output, profile, faultSeed, width: int.MaxValue).RunAsync(TourSections.CreateAll(), CancellationToken.None);
        var steps = new List<string>();
        // The receivers the tour starts listen on free ports, which some step descriptions name.
        foreach (var line in Regex.Replace(output.ToString(), @"127\.0\.0\.1:\d+", "127.0.0.1:port").Split('\n'))
        {
            var ok = Regex.Match(line, @"^  ok   (.+) \(\d+ ms(?:; recovered from (\d+) injected fault\(s\))?\)\s*$");
            var failed = Regex.Match(line, @"^  FAIL (.+?): (\w+):");
            if (ok.Success)
            {
                steps.Add($"ok {ok.Groups[1].Value} {ok.Groups[2].Value}");
            }
            else if (failed.Success)
            {
                steps.Add($"FAIL {failed.Groups[1].Value} {failed.Groups[2].Value}");
            }
        }

        Assert.NotEmpty(steps);
        return steps;
    }

    private sealed class FailingSection : ITourSection
    {
        public string Title => "failing";

        public Task RunAsync(TourContext context, CancellationToken cancellationToken) =>
            context.StepAsync("broken step", () => throw new InvalidOperationException("it broke"));
    }

    private sealed class PassingSection : ITourSection
    {
        public string Title => "passing";

        public Task RunAsync(TourContext context, CancellationToken cancellationToken) =>
            context.StepAsync("working step", () => Task.FromResult("fine"));
    }
}
