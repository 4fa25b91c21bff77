namespace Guildhall.TopGg.Webhooks;

/// <summary>A V2 <c>integration.delete</c> event: a user removed the integration; forget the connection and its secret.</summary>
public sealed record IntegrationDeleteEvent : TopGgWebhookEvent
{
    /// <summary>The event type on the wire.</summary>
    public const string EventType = "integration.delete";

    /// <inheritdoc />
    public override TopGgWebhookFormat Format => TopGgWebhookFormat.V2;

    /// <summary>The connection's id (<c>data.connection_id</c>).</summary>
    public required string ConnectionId { get; init; }
}
