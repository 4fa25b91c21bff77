using System.Text;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// A V2 <c>integration.create</c> event: a user connected your integration. Store <see cref="ConnectionId"/> and
/// <see cref="WebhookSecret"/>, then answer with an <see cref="IntegrationCreateReply"/> saying where to deliver the
/// connection's events. Its <see cref="object.ToString"/> never shows the secret.
/// </summary>
public sealed record IntegrationCreateEvent : TopGgWebhookEvent
{
    /// <summary>The event type on the wire.</summary>
    public const string EventType = "integration.create";

    /// <inheritdoc />
    public override TopGgWebhookFormat Format => TopGgWebhookFormat.V2;

    /// <summary>The connection's id (<c>data.connection_id</c>).</summary>
    public required string ConnectionId { get; init; }

    /// <summary>The <c>whs_</c> secret that will sign the connection's deliveries (<c>data.webhook_secret</c>). Keep it secret.</summary>
    public required string WebhookSecret { get; init; }

    /// <summary>The project the integration was connected to.</summary>
    public required WebhookProject Project { get; init; }

    /// <summary>Who connected it.</summary>
    public required WebhookUser User { get; init; }

    /// <summary>Prints every member except the secret.</summary>
    /// <param name="builder">The text being built.</param>
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("Format = ").Append(Format)
            .Append(", TraceId = ").Append(TraceId).Append(TraceId)
            .Append(", ConnectionId = ").Append(ConnectionId)
            .Append(", WebhookSecret = ***")
            .Append(", Project = ").Append(Project)
            .Append(", User = ").Append(User);
        return true;
    }
}
