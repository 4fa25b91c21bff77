namespace Guildhall.Sandbox.Polympics.Wire;

/// <summary>One entry of a FastAPI/pydantic validation error: where (<c>loc</c>), what (<c>msg</c>) and its kind (<c>type</c>).</summary>
/// <param name="Location">The path to the bad value, for example <c>["body", "accounts", 1]</c>; entries are strings or ints.</param>
/// <param name="Message">The human message, for example <c>Account not found.</c>.</param>
/// <param name="Type">The pydantic error type, for example <c>value_error</c>.</param>
/// <param name="Context">Extra values some pydantic errors carry (<c>ctx</c>).</param>
internal sealed record PolympicsIssue(IReadOnlyList<object> Location, string Message, string Type, JsonObject? Context = null)
{
    public JsonObject ToJson()
    {
        var location = new JsonArray();
        foreach (var part in Location)
        {
            location.Add(part is int index ? (JsonNode)index : (JsonNode?)part.ToString());
        }

        var json = new JsonObject { ["loc"] = location, ["msg"] = Message, ["type"] = Type };
        if (Context is not null)
        {
            json["ctx"] = Context;
        }

        return json;
    }
}
