using Guildhall.Cli.Output;
using Guildhall.Testing;
using Microsoft.Extensions.Logging;

namespace Guildhall.Cli.Tests;

/// <summary>The spinner and the wait lines, on a fake clock: shown only on a terminal, on standard error, and erased before the result.</summary>
public sealed class CommandProgressTests
{
    [Fact]
    public void On_a_terminal_the_spinner_appears_after_a_second_with_the_count_and_is_erased_for_the_result()
    {
        var clock = new TimerAwareClock(DateTimeOffset.UnixEpoch);
        using var error = new StringWriter();
        using var progress = new CommandProgress(error, interactive: true, clock);

        clock.Advance(TimeSpan.FromMilliseconds(900));
        var beforeASecond = error.ToString();
        progress.Count(120, "votes");
        clock.Advance(TimeSpan.FromMilliseconds(200));
        var shown = error.ToString();
        progress.StopSpinner();
        var erased = error.ToString();
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("", beforeASecond);
        Assert.Equal("\r| 120 votes so far (1 s)", shown);
        Assert.Equal(shown + "\r" + new string(' ', "| 120 votes so far (1 s)".Length) + "\r", erased);
        Assert.Equal(erased, error.ToString());
    }

    [Fact]
    public void A_wait_the_client_logs_is_told_with_its_length_and_reason_and_short_ones_pass_silently()
    {
        var clock = new TimerAwareClock(DateTimeOffset.UnixEpoch);
        using var error = new StringWriter();
        using var progress = new CommandProgress(error, interactive: true, clock);
        var logger = progress.LoggerFactory.CreateLogger("Guildhall.Core");

        // The fields the pipeline's WaitingForRateLimit event carries.
        var long16 = Fields(("Operation", "topgg.bots.stats.get"), ("Delay", TimeSpan.FromSeconds(16)));
        var short300 = Fields(("Operation", "topgg.weekend.get"), ("Delay", TimeSpan.FromMilliseconds(300)));
        logger.Log(LogLevel.Information, new EventId(4), long16, null, (_, _) => "");
        logger.Log(LogLevel.Information, new EventId(4), short300, null, (_, _) => "");

        Assert.Equal(
            "topgg.bots.stats.get: waiting 16 s for a rate-limit slot (the API's limit is shared by every guildhall process; --timeout caps the wait)." + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void Away_from_a_terminal_nothing_is_drawn_or_told()
    {
        var clock = new TimerAwareClock(DateTimeOffset.UnixEpoch);
        using var error = new StringWriter();
        using var progress = new CommandProgress(error, interactive: false, clock);

        progress.Count(3, "pages");
        progress.Notice("waiting");
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal("", error.ToString());
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public void Away_from_a_terminal_with_progress_asked_for_each_count_is_a_line_of_its_own()
    {
        var clock = new TimerAwareClock(DateTimeOffset.UnixEpoch);
        using var error = new StringWriter();
        using var progress = new CommandProgress(error, interactive: false, clock, notices: true);

        progress.Count(100, "members");
        progress.Count(150, "members");

        Assert.Equal($"100 members so far{Environment.NewLine}150 members so far{Environment.NewLine}", error.ToString());
        Assert.Equal(0, clock.PendingTimers);
    }

    private static List<KeyValuePair<string, object?>> Fields(params (string Name, object? Value)[] fields) =>
        [.. fields.Select(field => KeyValuePair.Create(field.Name, field.Value))];
}
