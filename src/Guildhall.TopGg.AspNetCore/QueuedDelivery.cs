using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>A verified delivery waiting for its handler.</summary>
/// <param name="Event">The delivery.</param>
/// <param name="Handler">The endpoint's own handler, or <see langword="null"/> to resolve <see cref="ITopGgWebhookHandler"/>.</param>
internal sealed record QueuedDelivery(TopGgWebhookEvent Event, Func<TopGgWebhookEvent, CancellationToken, ValueTask>? Handler);
