namespace Guildhall.Core.Http;

/// <summary>The end of one call's time budget, read from the transport's clock. A value: one per call, never allocated.</summary>
internal readonly struct CallDeadline(TimeProvider timeProvider, TimeSpan budget)
{
    private readonly long _started = timeProvider.GetTimestamp();

    /// <summary>What is left of the budget; <see cref="TimeSpan.MaxValue"/> for an infinite one.</summary>
    public TimeSpan Remaining => budget == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : budget - timeProvider.GetElapsedTime(_started);

    /// <summary>A source that cancels when the budget runs out.</summary>
    public CancellationTokenSource CreateTimeoutSource() =>
        budget == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(budget, timeProvider);
}
