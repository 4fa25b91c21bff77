using System.Text.Json;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// A correctly signed V2 event whose <c>type</c> this version does not know. It is accepted (so Top.gg does not retry
/// it) and handed over raw, so a newer event can be handled before the library learns it.
/// </summary>
public sealed record UnknownWebhookEvent : TopGgWebhookEvent
{
    /// <inheritdoc />
    public override TopGgWebhookFormat Format => TopGgWebhookFormat.V2;

    /// <summary>The envelope's <c>type</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The envelope's <c>data</c>, detached from the request (safe to keep).</summary>
    public JsonElement Data { get; init; }
}
