using System.Text.Json;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Delivery;

/// <summary>How the admin routes show a delivery. The legacy secret is never echoed.</summary>
internal static class DeliveryJson
{
    public static JsonObject Write(DeliveryRecord record)
    {
        var request = record.Request;
        return new JsonObject
        {
            ["id"] = record.Id,
            ["status"] = record.Status,
            ["url"] = request.Url.ToString(),
            ["format"] = request.Format == DeliveryFormat.Legacy ? "legacy" : "v2",
            ["kind"] = request.Kind,
            ["event"] = request.Format == DeliveryFormat.Legacy ? request.VoteType : request.Event,
            ["trace"] = request.Format == DeliveryFormat.V2 ? record.Trace : null,
            ["body"] = ParseOrText(record.Body),
            ["attempts"] = new JsonArray([.. record.Attempts.Select(Attempt)]),
            ["reply"] = record.Reply?.DeepClone(),
        };
    }

    private static JsonObject Attempt(DeliveryAttempt attempt) => new()
    {
        ["attempt"] = attempt.Number,
        ["delay_seconds"] = attempt.DelaySeconds,
        ["started_at"] = WireDates.V1(attempt.StartedAt),
        ["status_code"] = attempt.StatusCode,
        ["outcome"] = attempt.Outcome,
        ["error"] = attempt.Error,
    };

    private static JsonNode? ParseOrText(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return JsonValue.Create(body);
        }
    }
}
