namespace Guildhall.Testing;

/// <summary>
/// A clock that starts at the real present and runs <c>factor</c> times faster than real time, timers included. Shared
/// by a sandbox and its clients, it keeps every real delay (a cold host, the network, a slow answer) while a limit of 60
/// a minute passes its windows in seconds: the real latency becomes <c>factor</c> times larger in the clock's terms, so
/// a test of a limit against slowness is only harsher than at real speed, and the limits keep their real numbers.
/// </summary>
public sealed class AcceleratedClock : TimeProvider
{
    private readonly double _factor;
    private readonly long _startTimestamp = System.GetTimestamp();
    private readonly DateTimeOffset _start = System.GetUtcNow();

    public AcceleratedClock(double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1.0);
        _factor = factor;
    }

    public override long TimestampFrequency => System.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _start + TimeSpan.FromTicks((long)(System.GetElapsedTime(_startTimestamp).Ticks * _factor));

    public override long GetTimestamp() => _startTimestamp + (long)((System.GetTimestamp() - _startTimestamp) * _factor);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new AcceleratedTimer(System.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    /// <summary>How long a span of this clock lasts in real time.</summary>
    public TimeSpan ToReal(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan ? span : TimeSpan.FromTicks((long)Math.Ceiling(span.Ticks / _factor));

    /// <summary>A system timer whose due time and period are read on the accelerated clock.</summary>
    private sealed class AcceleratedTimer(ITimer inner, AcceleratedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
