namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>Copies a chosen list of fields, in that order, from a stored object into a new one.</summary>
internal static class OsuJsonFields
{
    public static JsonObject Pick(JsonObject source, IEnumerable<string> fields)
    {
        var result = new JsonObject();
        foreach (var field in fields)
        {
            result[field] = source[field]?.DeepClone();
        }

        return result;
    }
}
