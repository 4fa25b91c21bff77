using System.Text.Json;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// The body of <c>POST /v1/projects/@me/metrics/batch</c>, in both shapes the SDKs send: a bare array (Python) or
/// <c>{"data":[...]}</c> (Node, the published schemas). 1–100 entries of <c>{timestamp?, metrics}</c>; a timestamp may
/// be at most five minutes in the future and defaults to now.
/// </summary>
internal static class TopGgMetricsBatch
{
    public const int MaxEntries = 100;
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public static (IReadOnlyList<(DateTimeOffset Timestamp, TopGgBotMetrics Metrics)>? Entries, TopGgValidationErrors Errors) Parse(
        JsonNode body, DateTimeOffset now)
    {
        var errors = new TopGgValidationErrors();
        var entries = body as JsonArray ?? (body as JsonObject)?["data"] as JsonArray;
        if (entries is null)
        {
            return (null, errors.Add("data", "The body must be an array of entries or an object with a data array."));
        }

        if (entries.Count is 0 or > MaxEntries)
        {
            return (null, errors.Add("data", $"A batch must contain between 1 and {MaxEntries} entries."));
        }

        var parsed = new List<(DateTimeOffset, TopGgBotMetrics)>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"data[{i}]";
            if (entries[i] is not JsonObject entry)
            {
                errors.Add(path, "Each entry must be a JSON object.");
                continue;
            }

            var timestamp = ReadTimestamp(entry["timestamp"], $"{path}.timestamp", now, errors);
            var metrics = TopGgBotMetrics.Parse(entry["metrics"], $"{path}.metrics", errors);
            if (timestamp is { } at && metrics is not null)
            {
                parsed.Add((at, metrics));
            }
        }

        return errors.Any ? (null, errors) : (parsed, errors);
    }

    private static DateTimeOffset? ReadTimestamp(JsonNode? node, string path, DateTimeOffset now, TopGgValidationErrors errors)
    {
        if (node is null)
        {
            return now;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String
            || !TopGgWireDates.TryParse(value.GetValue<string>(), out var timestamp))
        {
            errors.Add(path, "The timestamp must be an ISO 8601 date.");
            return null;
        }

        if (timestamp > now + MaxClockSkew)
        {
            errors.Add(path, "The timestamp cannot be more than 5 minutes in the future.");
            return null;
        }

        return timestamp;
    }
}
