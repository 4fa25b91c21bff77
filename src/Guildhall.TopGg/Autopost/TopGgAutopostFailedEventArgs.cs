namespace Guildhall.TopGg.Autopost;

/// <summary>A cycle failed; the autoposter carries on and tries again at <see cref="NextAttemptAt"/>.</summary>
/// <param name="exception">What failed: typically a <see cref="Guildhall.Core.Errors.GuildhallApiException"/>, or the provider's own exception.</param>
/// <param name="consecutiveFailures">How many cycles in a row have failed, this one included.</param>
/// <param name="nextAttemptAt">When the next attempt is due.</param>
public sealed class TopGgAutopostFailedEventArgs(Exception exception, int consecutiveFailures, DateTimeOffset nextAttemptAt) : EventArgs
{
    /// <summary>What failed.</summary>
    public Exception Exception { get; } = exception;

    /// <summary>How many cycles in a row have failed, this one included.</summary>
    public int ConsecutiveFailures { get; } = consecutiveFailures;

    /// <summary>When the next attempt is due.</summary>
    public DateTimeOffset NextAttemptAt { get; } = nextAttemptAt;
}
