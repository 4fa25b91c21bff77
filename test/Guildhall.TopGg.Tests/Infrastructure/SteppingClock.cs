using Microsoft.Extensions.Time.Testing;

namespace Guildhall.TopGg.Tests.Infrastructure;

/// <summary>
/// A fake clock that knows which timers are pending, so a test can move time only when every call is either finished or
/// parked on a timer, and then straight to the next due timer. Nothing is ever in flight while time moves, so recorded
/// send times are exactly the times the limiter granted.
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private readonly FakeTimeProvider _inner = StubClients.NewClock();
    private readonly Lock _gate = new();
    private readonly HashSet<PendingTimer> _pending = [];

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var pending = new PendingTimer(this, GetUtcNow() + dueTime);
        lock (_gate)
        {
            _pending.Add(pending);
        }

        pending.Inner = _inner.CreateTimer(
            value =>
            {
                Forget(pending);
                callback(value);
            },
            state,
            dueTime,
            period);
        return pending;
    }

    /// <summary>Runs <paramref name="calls"/> to completion, moving time only when all of them are parked or done.</summary>
    public async Task RunAsync(IReadOnlyList<Task> calls, int maxSteps = 1_000_000)
    {
        for (var step = 0; step < maxSteps; step++)
        {
            while (calls.Count(call => call.IsCompleted) + PendingTimers < calls.Count)
            {
                await Task.Delay(1);
            }

            if (calls.All(call => call.IsCompleted))
            {
                return;
            }

            DateTimeOffset next;
            lock (_gate)
            {
                next = _pending.Min(timer => timer.Due);
            }

            _inner.Advance(next > GetUtcNow() ? next - GetUtcNow() : TimeSpan.Zero);
        }

        throw new TimeoutException($"The calls did not finish within {maxSteps} clock steps.");
    }

    public void Advance(TimeSpan delta) => _inner.Advance(delta);

    private void Forget(PendingTimer timer)
    {
        lock (_gate)
        {
            _pending.Remove(timer);
        }
    }

    private sealed class PendingTimer(SteppingClock clock, DateTimeOffset due) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset Due { get; private set; } = due;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Due = clock.GetUtcNow() + dueTime;
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            clock.Forget(this);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
