namespace Guildhall.TopGg.Webhooks;

/// <summary>A V2 <c>webhook.test</c> event, sent by the dashboard's Test button (always enabled).</summary>
public sealed record WebhookTestEvent : TopGgWebhookEvent
{
    /// <summary>The event type on the wire.</summary>
    public const string EventType = "webhook.test";

    /// <inheritdoc />
    public override TopGgWebhookFormat Format => TopGgWebhookFormat.V2;

    /// <summary>The project the test is for.</summary>
    public required WebhookProject Project { get; init; }

    /// <summary>Who pressed Test.</summary>
    public required WebhookUser User { get; init; }
}
