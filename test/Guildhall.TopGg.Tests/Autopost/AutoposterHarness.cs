using Guildhall.TopGg.Models;
using Guildhall.TopGg.Autopost;
using Guildhall.Testing;

namespace Guildhall.TopGg.Tests.Autopost;

/// <summary>
/// Drives an autoposter on the timer-aware fake clock: waits (in real time, bounded, without moving the clock) until the
/// loop published its next schedule, which it does only once the timer exists, then moves the clock exactly there.
/// </summary>
internal sealed class AutoposterHarness : IAsyncDisposable
{
    private static readonly DateTimeOffset Epoch = new(2026, 3, 11, 12, 0, 0, TimeSpan.Zero);

    // A first post without delay is due at once, so its schedule (the start time) is never waited for.
    private DateTimeOffset? _lastSchedule = Epoch;

    public AutoposterHarness(Action<TopGgAutoposterOptions>? configure = null, Func<CancellationToken, ValueTask<TopGgStatsUpdate?>>? provider = null)
    {
        Time = new TimerAwareClock(Epoch);
        Bots = new ScriptedBotsClient(Time);
        var options = new TopGgAutoposterOptions
        {
            StatsProvider = provider ?? (_ => ValueTask.FromResult<TopGgStatsUpdate?>(TopGgStatsUpdate.ForServerCount(1234))),
            TimeProvider = Time,
        };
        configure?.Invoke(options);
        Autoposter = new TopGgAutoposter(Bots, options);
        Autoposter.Posted += (_, args) => Successes.Add(args);
        Autoposter.Failed += (_, args) => Failures.Add(args);
    }

    public TimerAwareClock Time { get; }

    public DateTimeOffset Start => Epoch;

    public ScriptedBotsClient Bots { get; }

    public TopGgAutoposter Autoposter { get; }

    public List<TopGgAutopostSucceededEventArgs> Successes { get; } = [];

    public List<TopGgAutopostFailedEventArgs> Failures { get; } = [];

    /// <summary>Waits for the next schedule the loop publishes and returns it, without moving the clock.</summary>
    public async Task<DateTimeOffset> NextScheduleAsync()
    {
        DateTimeOffset? next = null;
        await Poll.UntilAsync(() => (next = Autoposter.Status.NextAttemptAt) is { } published && published != _lastSchedule, "the autoposter to publish a new schedule");
        _lastSchedule = next;
        return next!.Value;
    }

    /// <summary>Moves the clock to the next schedule and returns how far that was from now.</summary>
    public async Task<TimeSpan> RunToNextScheduleAsync()
    {
        var next = await NextScheduleAsync();
        var wait = next - Time.GetUtcNow();
        Time.Advance(wait);
        return wait;
    }

    public async ValueTask DisposeAsync() => await Autoposter.DisposeAsync();
}
