using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Testing;

/// <summary>
/// The fake clock every test that moves time uses. It knows which of its timers are still pending, so a test moves time
/// exactly to the next thing waiting on it (a rate-limit wait, a backoff, a schedule) instead of stepping and guessing,
/// and only once the work it drives is parked on the clock: never while a call is in flight, and never past a call's own
/// deadline by accident. Every wait for real progress is bounded (<see cref="Poll.DefaultBound"/>) and fails clearly.
/// </summary>
public sealed class TimerAwareClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>How far ahead a timer may be for the run methods to jump to it by default: less than a call's 100-second deadline.</summary>
    public static readonly TimeSpan DefaultHorizon = TimeSpan.FromSeconds(90);

    private const int MaxJumps = 1_000_000;

    private readonly Lock _sync = new();
    private readonly List<WatchedTimer> _timers = [];
    private readonly TaskCompletionSource<TimeSpan> _firstTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the first timer created on this clock: when something first waits on it.</summary>
    public Task<TimeSpan> FirstTimer => _firstTimer.Task;

    /// <summary>How many timers are set for a moment after now.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_sync)
            {
                return Pending(Timeout.InfiniteTimeSpan).Count();
            }
        }
    }

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
    /// <paramref name="horizon"/> (<see cref="DefaultHorizon"/> by default) is pending, time jumps to it; otherwise the test
    /// waits for the task or a new timer. Longer timers (a call's 100-second deadline) are left alone, so a request in
    /// flight is never timed out by the test moving the clock.
    /// </summary>
    public async Task<T> RunUntilCompleteAsync<T>(Task<T> task, TimeSpan? horizon = null)
    {
        await RunUntilAllCompleteAsync([task], horizon);
        return await task;
    }

    /// <summary>The same as <see cref="RunUntilCompleteAsync{T}(Task{T}, TimeSpan?)"/> for a task without a result.</summary>
    public async Task RunUntilCompleteAsync(Task task, TimeSpan? horizon = null)
    {
        await RunUntilAllCompleteAsync([task], horizon);
        await task;
    }

    /// <summary>
    /// Runs the clock until every one of <paramref name="tasks"/> has completed, moving time only when each unfinished
    /// task can be waiting on a pending timer (at least as many timers within <paramref name="horizon"/> as unfinished
    /// tasks), and then straight to the earliest. So nothing is in flight while time moves, and what a test records at
    /// each step is exactly what the code under test did at that moment. Does not rethrow the tasks' failures.
    /// </summary>
    public async Task RunUntilAllCompleteAsync(IReadOnlyCollection<Task> tasks, TimeSpan? horizon = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var reach = horizon ?? DefaultHorizon;
        for (var jumps = 0; jumps < MaxJumps; jumps++)
        {
            var unfinished = tasks.Where(task => !task.IsCompleted).ToList();
            if (unfinished.Count == 0)
            {
                return;
            }

            Task created;
            DateTimeOffset? next = null;
            lock (_sync)
            {
                created = _timerCreated.Task;
                var due = Pending(reach).Select(timer => timer.Due).Order().ToList();
                if (due.Count >= unfinished.Count)
                {
                    next = due[0];
                }
            }

            if (next is { } moment)
            {
                SetUtcNow(moment);
                await Task.Yield();
                continue;
            }

            // Something is still running: wait for it to finish or to park on the clock.
            try
            {
                await Task.WhenAny(unfinished.Append(created)).WaitAsync(Poll.DefaultBound);
            }
            catch (TimeoutException)
            {
                int pending;
                lock (_sync)
                {
                    pending = Pending(reach).Count();
                }

                throw new TimeoutException(
                    $"Nothing moved for {Poll.DefaultBound.TotalSeconds:0} s: {unfinished.Count} task(s) unfinished, "
                    + $"{pending} timer(s) within {reach} pending, clock at {GetUtcNow():O}.");
            }
        }

        throw new TimeoutException($"The tasks did not finish within {MaxJumps} moves of the clock.");
    }

    /// <summary>Returns once a timer set for at most <paramref name="horizon"/> is pending (something waits on the clock); bounded.</summary>
    public Task WaitForTimerAsync(TimeSpan? horizon = null)
    {
        var reach = horizon ?? Timeout.InfiniteTimeSpan;
        return Poll.UntilAsync(
            () =>
            {
                lock (_sync)
                {
                    return Pending(reach).Any();
                }
            },
            $"something to wait on the clock (a timer within {reach})");
    }

    /// <summary>Waits (bounded) for a timer within <paramref name="horizon"/>, moves the clock to it and returns how far that was.</summary>
    public async Task<TimeSpan> AdvanceToNextTimerAsync(TimeSpan? horizon = null)
    {
        await WaitForTimerAsync(horizon);
        DateTimeOffset next;
        lock (_sync)
        {
            next = Pending(horizon ?? Timeout.InfiniteTimeSpan).Min(timer => timer.Due);
        }

        var jump = next - GetUtcNow();
        SetUtcNow(next);
        return jump;
    }

    // Timers due after now, set for at most `reach` (InfiniteTimeSpan: any length). Call under _sync.
    private IEnumerable<WatchedTimer> Pending(TimeSpan reach)
    {
        var now = GetUtcNow();
        return _timers.Where(timer => timer.Due > now && timer.Due != DateTimeOffset.MaxValue && (reach == Timeout.InfiniteTimeSpan || timer.Length <= reach)).ToList();
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
