namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// Reads one field of a request's cursor, which arrives as JSON numbers (decoded <c>cursor_string</c>) or as strings
/// (<c>cursor[field]=</c> parameters); anything unreadable is treated as absent, as osu-web does.
/// </summary>
internal static class OsuCursorValue
{
    public static long? Long(JsonNode? value) => value switch
    {
        JsonValue number when number.TryGetValue<long>(out var result) => result,
        JsonValue text when text.TryGetValue<string>(out var result) && long.TryParse(result, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static string? String(JsonNode? value) => value switch
    {
        JsonValue text when text.TryGetValue<string>(out var result) => result,
        JsonValue number when number.TryGetValue<long>(out var result) => result.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
