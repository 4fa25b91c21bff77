using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Guildhall.Testing;

/// <summary>
/// Compares a JSON document with the JSON a model wrote after reading it and lists what did not survive: a member of
/// the original the written JSON lacks, an array whose length changed, or a value that changed in any way (an empty
/// string that became <see langword="null"/>, a date written in another format, a legacy mod acronym written as an
/// object, a <see langword="null"/> left out). Only what JSON itself does not distinguish is accepted: the order of an
/// object's members and the spelling of a number (<c>8</c> = <c>8.0</c>). Every element of every array is compared.
/// </summary>
public static class JsonLossWalker
{
    /// <summary>What of <paramref name="original"/> did not survive into <paramref name="written"/>, one line per loss with its JSON path.</summary>
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
                if (written is not null)
                {
                    losses.Add($"{path}: null became {Describe(written)}");
                }

                return;
            case JsonObject originalObject:
                if (written is not JsonObject writtenObject)
                {
                    losses.Add($"{path}: object became {Describe(written)}");
                    return;
                }

                foreach (var (name, value) in originalObject)
                {
                    if (!writtenObject.ContainsKey(name))
                    {
                        losses.Add($"{path}.{name}: not written ({Describe(value)})");
                        continue;
                    }

                    Walk(value, writtenObject[name], $"{path}.{name}", losses);
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
                    Walk(originalArray[index], writtenArray[index], $"{path}[{index}]", losses);
                }

                return;
            case JsonValue value when !ScalarsMatch(value, written):
                losses.Add($"{path}: {value.ToJsonString()} became {Describe(written)}");
                return;
        }
    }

    private static bool ScalarsMatch(JsonValue original, JsonNode? written)
    {
        if (written is not JsonValue other || other.GetValueKind() != original.GetValueKind())
        {
            return false;
        }

        return original.GetValueKind() switch
        {
            JsonValueKind.Number => double.Parse(original.ToJsonString(), CultureInfo.InvariantCulture).Equals(double.Parse(other.ToJsonString(), CultureInfo.InvariantCulture)),
            JsonValueKind.String => original.GetValue<string>() == other.GetValue<string>(),
            _ => true,
        };
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray array => $"an array of {array.Count}",
        _ => node.ToJsonString(),
    };
}
