using Guildhall.Sandbox.Hosting;

namespace Guildhall.Sandbox.Polympics.Admin;

/// <summary>Reads the JSON bodies of the admin routes; any problem becomes a 400 with a plain explanation.</summary>
internal static class PolympicsAdminInput
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        var (body, problem) = await AdminRequestBody.ReadObjectAsync(request).ConfigureAwait(false);
        return body ?? throw new PolympicsAdminInputException(problem!);
    }

    public static IEnumerable<JsonObject> Objects(JsonObject body, string name) =>
        body[name] switch
        {
            null => [],
            JsonArray array => array.Select(item => item as JsonObject ?? throw new PolympicsAdminInputException($"Every entry of '{name}' must be an object.")),
            _ => throw new PolympicsAdminInputException($"'{name}' must be an array."),
        };

    public static string RequiredString(JsonObject body, string name) =>
        OptionalString(body, name) ?? throw new PolympicsAdminInputException($"'{name}' is required.");

    public static string? OptionalString(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new PolympicsAdminInputException($"'{name}' must be a string."),
    };

    /// <summary>An integer given as a JSON number or as a string (Discord ids are often strings).</summary>
    public static long? OptionalLong(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new PolympicsAdminInputException($"'{name}' must be an integer."),
    };

    public static long RequiredLong(JsonObject body, string name) =>
        OptionalLong(body, name) ?? throw new PolympicsAdminInputException($"'{name}' is required.");

    public static bool? OptionalBool(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        _ => throw new PolympicsAdminInputException($"'{name}' must be true or false."),
    };
}
