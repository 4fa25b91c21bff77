namespace Guildhall.TopGg.Webhooks;

/// <summary>A JSON body that does not have the shape of a delivery; its message names the offending field.</summary>
internal sealed class WebhookPayloadException(string message) : Exception(message);
