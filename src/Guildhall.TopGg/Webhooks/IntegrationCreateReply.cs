using System.Buffers;
using System.Text.Json;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// The answer to an <see cref="IntegrationCreateEvent"/>: where Top.gg should deliver the new connection's events and
/// which events to deliver. Serialized as <c>{"webhook_url": ..., "routes": [...]}</c>.
/// </summary>
public sealed record IntegrationCreateReply
{
    /// <summary>Creates a reply.</summary>
    /// <param name="webhookUrl">The absolute URL that will receive the connection's deliveries.</param>
    /// <param name="routes">The event types to subscribe to; none means <see cref="VoteCreateEvent.EventType"/> only.</param>
    public IntegrationCreateReply(Uri webhookUrl, params IReadOnlyList<string> routes)
    {
        ArgumentNullException.ThrowIfNull(webhookUrl);
        ArgumentNullException.ThrowIfNull(routes);
        if (!webhookUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The webhook URL must be absolute.", nameof(webhookUrl));
        }

        if (routes.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A route must not be empty.", nameof(routes));
        }

        WebhookUrl = webhookUrl;
        Routes = routes.Count == 0 ? [VoteCreateEvent.EventType] : routes;
    }

    /// <summary>The URL that receives the connection's deliveries (<c>webhook_url</c>).</summary>
    public Uri WebhookUrl { get; }

    /// <summary>The event types subscribed to (<c>routes</c>), for example <c>vote.create</c>.</summary>
    public IReadOnlyList<string> Routes { get; }

    /// <summary>The reply's JSON body.</summary>
    public byte[] ToJsonBytes()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("webhook_url", WebhookUrl.AbsoluteUri);
            writer.WriteStartArray("routes");
            foreach (var route in Routes)
            {
                writer.WriteStringValue(route);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
