using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// Receives verified deliveries: votes in either format (<see cref="TopGgVoteEvent"/>), tests, integration deletions
/// and unknown events. Register one with <see cref="TopGgWebhooksBuilder.AddHandler{THandler}"/>; it is resolved from a
/// fresh scope for each delivery.
/// </summary>
public interface ITopGgWebhookHandler
{
    /// <summary>Handles one delivery. Throwing makes the endpoint answer 500 (inline mode), so Top.gg retries it.</summary>
    /// <param name="webhookEvent">The delivery.</param>
    /// <param name="cancellationToken">Cancelled when the application stops.</param>
    ValueTask HandleAsync(TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken);
}
