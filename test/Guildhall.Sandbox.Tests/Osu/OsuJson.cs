using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Testing;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>Assertions on response shapes, checked against the recorded real responses.</summary>
internal static class OsuJson
{
    /// <summary>
    /// A recorded real osu! response (<paramref name="name"/> without <c>.json</c>), read from the shared reference
    /// folder beside the repository: the recordings are compared with, never copied into, the repository.
    /// </summary>
    public static JsonNode Recording(string name) => JsonNode.Parse(SharedReference.OsuResponse(name + ".json"))!;

    /// <summary>Asserts <paramref name="actual"/> has every key of <paramref name="expected"/> with a compatible JSON kind, recursively (first array items).</summary>
    public static void AssertSameShape(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                var missing = expectedObject.Select(p => p.Key).Where(k => !actualObject.ContainsKey(k)).ToList();
                Assert.True(missing.Count == 0, $"{path} lacks {string.Join(", ", missing)}");
                foreach (var (key, value) in expectedObject)
                {
                    if (value is not null && actualObject[key] is not null)
                    {
                        AssertSameShape(value, actualObject[key], $"{path}.{key}");
                    }
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                if (expectedArray.Count > 0 && actualArray.Count > 0 && expectedArray[0] is not null && actualArray[0] is not null)
                {
                    AssertSameShape(expectedArray[0], actualArray[0], path + "[0]");
                }

                break;
            case JsonValue expectedValue:
                var actualValue = Assert.IsType<JsonValue>(actual, exactMatch: false);
                Assert.True(expectedValue.GetValueKind() == actualValue.GetValueKind()
                    || (IsBool(expectedValue) && IsBool(actualValue)), $"{path}: expected {expectedValue.GetValueKind()}, got {actualValue.GetValueKind()}");
                break;
        }
    }

    /// <summary>The keys of an object in order.</summary>
    public static List<string> Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key)];

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static bool IsBool(JsonValue value) => value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False;
}
