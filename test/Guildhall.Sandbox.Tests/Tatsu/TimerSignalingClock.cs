using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Sandbox.Tests.Tatsu;

/// <summary>A fake clock that tells the test when something starts waiting on it, so the test advances it only then.</summary>
internal sealed class TimerSignalingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly TaskCompletionSource<TimeSpan> _firstTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the first timer created on this clock.</summary>
    public Task<TimeSpan> FirstTimer => _firstTimer.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _firstTimer.TrySetResult(dueTime);
        return timer;
    }
}
