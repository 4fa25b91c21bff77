namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// Remembers which deliveries were already handed to a handler, so a delivery Top.gg retries (after a timeout or a
/// lost reply) reaches the handler once. Keys are <see cref="TopGgWebhookEvent.DeduplicationKey"/>. Implement it over
/// a shared store when several processes receive the same webhook.
/// </summary>
public interface IVoteDeduplicator
{
    /// <summary>Claims a delivery.</summary>
    /// <param name="key">The delivery's deduplication key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> the first time <paramref name="key"/> is seen within the window; <see langword="false"/> for a repeat.</returns>
    ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Forgets a claim, so that a retry of a delivery whose handler failed reaches the handler again.</summary>
    /// <param name="key">The delivery's deduplication key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default);
}
