using System.Diagnostics.CodeAnalysis;

namespace Guildhall.TopGg.Webhooks;

/// <summary>The outcome of verifying a delivery: a typed event, or a typed rejection.</summary>
public sealed class TopGgWebhookResult
{
    private TopGgWebhookResult(TopGgWebhookEvent? webhookEvent, TopGgWebhookRejection? rejection)
    {
        Event = webhookEvent;
        Rejection = rejection;
    }

    /// <summary>Whether the delivery is authentic and well formed; then <see cref="Event"/> is set, otherwise <see cref="Rejection"/>.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Event is not null;

    /// <summary>The event, when accepted.</summary>
    public TopGgWebhookEvent? Event { get; }

    /// <summary>Why the delivery was refused, when it was.</summary>
    public TopGgWebhookRejection? Rejection { get; }

    /// <summary>An accepted delivery.</summary>
    /// <param name="webhookEvent">The event.</param>
    public static TopGgWebhookResult Accepted(TopGgWebhookEvent webhookEvent)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return new TopGgWebhookResult(webhookEvent, null);
    }

    /// <summary>A refused delivery.</summary>
    /// <param name="reason">The kind of failure.</param>
    /// <param name="message">A sentence explaining it (no secrets).</param>
    public static TopGgWebhookResult Rejected(TopGgWebhookRejectionReason reason, string message) =>
        new(null, new TopGgWebhookRejection(reason, message));

    /// <inheritdoc />
    public override string ToString() => IsAccepted ? $"Accepted: {Event}" : $"Rejected: {Rejection}";
}
