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
