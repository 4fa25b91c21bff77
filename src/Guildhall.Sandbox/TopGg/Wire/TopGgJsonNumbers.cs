using System.Text.Json;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>Reads counts from client JSON strictly: whole, non-negative JSON numbers only (no strings, no fractions).</summary>
internal static class TopGgJsonNumbers
{
    public static bool TryCount(JsonNode? node, out long value)
    {
        value = 0;
        return node is JsonValue json
            && json.GetValueKind() == JsonValueKind.Number
            && json.TryGetValue(out value)
            && value >= 0;
    }

    public static bool TryCounts(JsonNode? node, out List<long> values)
    {
        values = [];
        if (node is not JsonArray array)
        {
            return false;
        }

        foreach (var item in array)
        {
            if (!TryCount(item, out var value))
            {
                return false;
            }

            values.Add(value);
        }

        return true;
    }
}
