using System.Text.Json;

namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// Checks the receiver's answer to <c>integration.create</c>: a JSON object
/// <c>{"webhook_url": "&lt;absolute URL&gt;", "routes": ["vote.create", "webhook.test"]}</c>.
/// </summary>
internal static class TopGgIntegrationReply
{
    private static readonly string[] Routes = ["vote.create", "webhook.test"];

    /// <summary>The parsed reply (or the raw text if it is not JSON) and what is wrong with it, if anything.</summary>
    public static (JsonNode? Reply, string? Problem) Check(string text)
    {
        JsonNode? reply;
        try
        {
            reply = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return (JsonValue.Create(text), "The reply is not JSON.");
        }

        if (reply is not JsonObject json
            || json["webhook_url"] is not JsonValue url || url.GetValueKind() != JsonValueKind.String
            || !Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
        {
            return (reply, "The reply must be an object with an absolute webhook_url.");
        }

        if (json["routes"] is not JsonArray routes || routes.Count == 0
            || !routes.All(r => r is JsonValue v && v.GetValueKind() == JsonValueKind.String && Routes.Contains(v.GetValue<string>())))
        {
            return (reply, "routes must be a non-empty array of 'vote.create' and 'webhook.test'.");
        }

        return (reply, null);
    }
}
