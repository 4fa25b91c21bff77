using System.Text.Json;
using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>Reading admin request bodies, and the admin error shape <c>{"error":"..."}</c>.</summary>
internal static class TopGgAdminJson
{
    public static IResult Error(string message, int status = StatusCodes.Status400BadRequest) =>
        Wire.TopGgJsonReplies.Error(status, message);

    /// <summary>Reads an optional JSON object body; an empty body is an empty object.</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext http)
    {
        var body = await Wire.TopGgRequestBody.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.IsEmpty)
        {
            return (new JsonObject(), null);
        }

        return body.Node is JsonObject json ? (json, null) : (null, Error("The body must be a JSON object."));
    }

    /// <summary>Reads a snowflake given as a JSON string or number; <paramref name="fallback"/> when absent.</summary>
    public static bool TryReadId(JsonObject body, string name, ulong? fallback, out ulong? id)
    {
        id = fallback;
        switch (body[name])
        {
            case null:
                return true;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out ulong number) && number > 0:
                id = number;
                return true;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && TopGgSnowflakes.TryParse(value.GetValue<string>(), out var parsed):
                id = parsed;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads an optional string; false when the member is present but not a string.</summary>
    public static bool TryReadString(JsonObject body, string name, out string? text)
    {
        text = body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        return text is not null || body[name] is null;
    }

    /// <summary>Reads an optional boolean; false when the member is present but not a boolean.</summary>
    public static bool TryReadBool(JsonObject body, string name, out bool? flag)
    {
        flag = body[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;
        return flag is not null || body[name] is null;
    }

    /// <summary>Reads an optional whole number; false when the member is present but not one.</summary>
    public static bool TryReadInt(JsonObject body, string name, out int? number)
    {
        number = body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int n)
            ? n
            : null;
        return number is not null || body[name] is null;
    }

    /// <summary>Reads an optional array of snowflakes; false when present but not one.</summary>
    public static bool TryReadIds(JsonObject body, string name, out List<ulong> ids)
    {
        ids = [];
        if (body[name] is null)
        {
            return true;
        }

        if (body[name] is not JsonArray array)
        {
            return false;
        }

        foreach (var item in array)
        {
            if (item is null || !TopGgSnowflakes.TryParse(item.ToString(), out var id))
            {
                return false;
            }

            ids.Add(id);
        }

        return true;
    }

    /// <summary>Reads an optional array of strings; false when present but not one.</summary>
    public static bool TryReadStrings(JsonObject body, string name, out List<string> values)
    {
        values = body[name] is JsonArray array
            ? [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())]
            : [];
        return body[name] is null || (body[name] is JsonArray items && items.Count == values.Count);
    }
}
