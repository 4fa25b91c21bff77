using System.Text.Json.Nodes;

namespace Guildhall.Testing;

/// <summary>
/// Generated variants of a JSON body for round-trip tests: members no model declares added at every object level, and
/// string values emptied. Seeded, so a failure names a variant that can be made again.
/// </summary>
public static class WireMutations
{
    /// <summary><paramref name="json"/> with one to three new members, of every JSON kind and with names no API uses, in every object.</summary>
    public static string WithUnknownMembers(string json, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(json);
        foreach (var node in Objects(root).ToList())
        {
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                node[$"zz_unknown_{seed}_{i}"] = RandomValue(random, depth: 0);
            }
        }

        return root!.ToJsonString();
    }

    /// <summary>Up to <paramref name="count"/> variants of <paramref name="json"/>, each with one string value (chosen at random) emptied, with its path.</summary>
    public static IEnumerable<(string Path, string Json)> WithEmptiedStrings(string json, int seed, int count)
    {
        var random = new Random(seed);
        var strings = Strings(JsonNode.Parse(json)).Select(value => value.GetPath()).ToList();
        foreach (var path in strings.OrderBy(_ => random.Next()).Take(count))
        {
            var root = JsonNode.Parse(json)!;
            var target = Strings(root).First(value => value.GetPath() == path);
            target.ReplaceWith(JsonValue.Create(""));
            yield return (path, root.ToJsonString());
        }
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth < 2 ? 9 : 6) switch
    {
        0 => JsonValue.Create(""),
        1 => JsonValue.Create("text " + random.Next()),
        2 => JsonValue.Create(random.Next(-1000, 1000)),
        3 => JsonValue.Create(Math.Round(random.NextDouble() * 100, 3)),
        4 => JsonValue.Create(random.Next(2) == 0),
        5 => null,
        6 => new JsonArray(RandomValue(random, depth + 1), RandomValue(random, depth + 1)),
        7 => new JsonObject { ["inner"] = RandomValue(random, depth + 1), ["empty"] = "" },
        _ => new JsonArray(),
    };

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(member => member.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    private static IEnumerable<JsonValue> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(member => member.Value).SelectMany(Strings),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>().Length > 0 => [value],
        _ => [],
    };
}
