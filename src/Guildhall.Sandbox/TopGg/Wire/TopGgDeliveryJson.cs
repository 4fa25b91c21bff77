using System.Text.Json;
using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>How the admin routes show a delivery. The legacy secret is never echoed.</summary>
internal static class TopGgDeliveryJson
{
    public static JsonObject Write(TopGgDeliveryRecord record)
    {
        var request = record.Request;
        return new JsonObject
        {
            ["id"] = record.Id,
            ["status"] = record.Status,
            ["url"] = request.Url.ToString(),
            ["format"] = request.Format == TopGgDeliveryFormat.Legacy ? "legacy" : "v2",
            ["kind"] = request.Kind,
            ["event"] = request.Format == TopGgDeliveryFormat.Legacy ? request.VoteType : request.Event,
            ["trace"] = request.Format == TopGgDeliveryFormat.V2 ? record.Trace : null,
            ["body"] = ParseOrText(record.Body),
            ["attempts"] = new JsonArray([.. record.Attempts.Select(Attempt)]),
            ["reply"] = record.Reply?.DeepClone(),
        };
    }

    private static JsonObject Attempt(TopGgDeliveryAttempt attempt) => new()
    {
        ["attempt"] = attempt.Number,
        ["delay_seconds"] = attempt.DelaySeconds,
        ["started_at"] = TopGgWireDates.V1(attempt.StartedAt),
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
