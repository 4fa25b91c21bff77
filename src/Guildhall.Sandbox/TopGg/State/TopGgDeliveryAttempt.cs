namespace Guildhall.Sandbox.TopGg.State;

/// <summary>One POST to the receiver.</summary>
/// <param name="Number">1 for the first attempt.</param>
/// <param name="DelaySeconds">The nominal wait before this attempt (0 for the first), before <c>DeliveryDelayScale</c>.</param>
/// <param name="StartedAt">When the attempt was sent, by the sandbox clock.</param>
/// <param name="StatusCode">The receiver's status code; <see langword="null"/> on timeout or network error.</param>
/// <param name="Outcome"><c>delivered</c>, <c>server-error</c>, <c>client-error</c>, <c>unexpected-status</c>,
/// <c>timeout</c>, <c>network-error</c> or <c>invalid-reply</c>.</param>
/// <param name="Error">What went wrong, for timeouts, network errors and invalid replies.</param>
internal sealed record TopGgDeliveryAttempt(
    int Number, double DelaySeconds, DateTimeOffset StartedAt, int? StatusCode, string Outcome, string? Error)
{
    /// <summary>Whether Top.gg would try again after this attempt: timeouts, network errors and 5xx.</summary>
    public bool IsRetryable => Outcome is "server-error" or "timeout" or "network-error";
}
