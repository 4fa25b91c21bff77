using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Guildhall.Osu.Tests.Json;

/// <summary>
/// Compares a JSON document with the JSON a model wrote after reading it (written with nulls kept, so every mapped
/// member appears) and lists what did not survive: a member of the original that the model does not map, or a value
/// that changed. Equivalences that lose no information are accepted, and only these: <c>""</c> equals <c>null</c> (the
/// API's "absent"); numbers compare by value (<c>8</c> = <c>8.0</c>); strings that are dates compare as instants
/// (<c>…Z</c> = <c>…+00:00</c>); a legacy mod acronym (<c>"HD"</c>) equals a mod object with that acronym and no
/// settings; an empty array equals an empty object (PHP writes empty maps as <c>[]</c>).
/// </summary>
internal static class JsonLossWalker
{
    public static IReadOnlyList<string> FindLosses(JsonNode? original, JsonNode? written)
    {
        var losses = new List<string>();
        Walk(original, written, "$", losses);
        return losses;
    }

    private static void Walk(JsonNode? original, JsonNode? written, string path, List<string> losses)
    {
        switch (original)
        {
            case null:
                return;
            case JsonObject originalObject:
                if (written is JsonArray { Count: 0 } && originalObject.Count == 0)
                {
                    return;
                }

                if (written is not JsonObject writtenObject)
                {
                    losses.Add($"{path}: object became {Describe(written)}");
                    return;
                }

                foreach (var (name, value) in originalObject)
                {
                    if (!writtenObject.ContainsKey(name))
                    {
                        losses.Add($"{path}.{name}: not mapped ({Describe(value)})");
                        continue;
                    }

                    Walk(value, writtenObject[name], $"{path}.{name}", losses);
                }

                return;
            case JsonArray { Count: 0 }:
                if (written is not (JsonArray or JsonObject { Count: 0 } or null))
                {
                    losses.Add($"{path}: empty array became {Describe(written)}");
                }

                return;
            case JsonArray originalArray:
                if (written is not JsonArray writtenArray || writtenArray.Count != originalArray.Count)
                {
                    losses.Add($"{path}: array of {originalArray.Count} became {Describe(written)}");
                    return;
                }

                for (var index = 0; index < originalArray.Count; index++)
                {
                    Walk(originalArray[index], writtenArray[index], $"{path}[]", losses);
                }

                return;
            case JsonValue value when !ScalarsMatch(value, written):
                losses.Add($"{path}: {value.ToJsonString()} became {Describe(written)}");
                return;
        }
    }

    private static bool ScalarsMatch(JsonValue original, JsonNode? written)
    {
        switch (original.GetValueKind())
        {
            case JsonValueKind.True or JsonValueKind.False:
                return written is JsonValue w && w.GetValueKind() == original.GetValueKind();
            case JsonValueKind.Number:
                return written is JsonValue n && n.GetValueKind() == JsonValueKind.Number
                    && double.Parse(original.ToJsonString(), CultureInfo.InvariantCulture).Equals(double.Parse(n.ToJsonString(), CultureInfo.InvariantCulture));
            case JsonValueKind.String:
                var text = original.GetValue<string>();
                return written switch
                {
                    null => text.Length == 0,
                    JsonValue s when s.GetValueKind() == JsonValueKind.String => s.GetValue<string>() == text || SameInstant(text, s.GetValue<string>()),
                    JsonObject mod => mod["acronym"]?.GetValue<string>() == text && mod["settings"] is null,
                    _ => false,
                };
            default:
                return false;
        }
    }

    private static bool SameInstant(string original, string written) =>
        original.Length >= 10 && char.IsAsciiDigit(original[0])
        && DateTimeOffset.TryParse(original, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var a)
        && DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var b)
        && a == b;

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray array => $"an array of {array.Count}",
        _ => node.ToJsonString(),
    };
}
