using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Testing;

/// <summary>
/// A fake clock that knows which of its timers are still pending, so a test can move time exactly to the next thing
/// waiting on it (a rate-limit wait, a backoff) instead of guessing, and never past a call's own deadline by accident.
/// </summary>
public sealed class TimerAwareClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _sync = new();
    private readonly List<WatchedTimer> _timers = [];
    private readonly TaskCompletionSource<TimeSpan> _firstTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the first timer created on this clock: when something first waits on it.</summary>
    public Task<TimeSpan> FirstTimer => _firstTimer.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, base.CreateTimer(callback, state, dueTime, period));
        timer.Schedule(dueTime);
        TaskCompletionSource created;
        lock (_sync)
        {
            _timers.Add(timer);
            created = _timerCreated;
            _timerCreated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        created.TrySetResult();
        _firstTimer.TrySetResult(dueTime);
        return timer;
    }

    /// <summary>
    /// Runs the clock until <paramref name="task"/> completes: whenever a timer set for at most
    /// <paramref name="horizon"/> (90 s by default) is pending, time jumps to it; otherwise the test waits for the task
    /// or a new timer. Longer timers (a call's 100-second deadline) are left alone, so a request in flight is never
    /// timed out by the test moving the clock.
    /// </summary>
    public async Task<T> RunUntilCompleteAsync<T>(Task<T> task, TimeSpan? horizon = null)
    {
        var reach = horizon ?? TimeSpan.FromSeconds(90);
        while (!task.IsCompleted)
        {
            Task created;
            DateTimeOffset? next;
            lock (_sync)
            {
                created = _timerCreated.Task;
                var now = GetUtcNow();
                next = _timers.Where(timer => timer.Due > now && timer.Length <= reach).Select(timer => (DateTimeOffset?)timer.Due).Min();
            }

            if (next is { } due)
            {
                SetUtcNow(due);
                await Task.Yield();
                continue;
            }

            // A guard against a test that would otherwise hang; no assertion depends on real time.
            await Task.WhenAny(task, created).WaitAsync(TimeSpan.FromSeconds(30));
        }

        return await task;
    }

    /// <summary>The same as <see cref="RunUntilCompleteAsync{T}(Task{T}, TimeSpan?)"/> for a task without a result.</summary>
    public Task RunUntilCompleteAsync(Task task, TimeSpan? horizon = null) =>
        RunUntilCompleteAsync(AsResult(task), horizon);

    private static async Task<bool> AsResult(Task task)
    {
        await task;
        return true;
    }

    private void Forget(WatchedTimer timer)
    {
        lock (_sync)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>A timer of the fake clock whose next due time the clock can see.</summary>
    private sealed class WatchedTimer(TimerAwareClock clock, ITimer inner) : ITimer
    {
        /// <summary>When it fires next; <see cref="DateTimeOffset.MaxValue"/> when it will not.</summary>
        public DateTimeOffset Due { get; private set; } = DateTimeOffset.MaxValue;

        /// <summary>How long it was set for.</summary>
        public TimeSpan Length { get; private set; }

        public void Schedule(TimeSpan dueTime)
        {
            Length = dueTime;
            Due = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : clock.GetUtcNow() + dueTime;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            clock.Forget(this);
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            clock.Forget(this);
            return inner.DisposeAsync();
        }
    }
}
