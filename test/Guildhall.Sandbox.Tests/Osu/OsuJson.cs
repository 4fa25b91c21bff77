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

    /// <summary>
    /// Asserts <paramref name="actual"/> has every key of <paramref name="expected"/> with a compatible JSON kind,
    /// recursively and through every element of every array: each element of an actual array is held to the shape all
    /// elements of the expected array share (the keys every one of them has, the kinds any of them has), so a key or a
    /// kind that only a later element shows is checked too.
    /// </summary>
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
                var shared = expectedArray.Aggregate((JsonNode?)null, (merged, element) => merged is null ? element?.DeepClone() : Merge(merged, element));
                for (var index = 0; index < actualArray.Count; index++)
                {
                    if (shared is not null && actualArray[index] is not null)
                    {
                        AssertSameShape(shared, actualArray[index], $"{path}[{index}]");
                    }
                }

                break;
            case JsonValue expectedValue:
                var actualValue = Assert.IsType<JsonValue>(actual, exactMatch: false);
                Assert.True(expectedValue.GetValueKind() == actualValue.GetValueKind()
                    || (IsBool(expectedValue) && IsBool(actualValue)), $"{path}: expected {expectedValue.GetValueKind()}, got {actualValue.GetValueKind()}");
                break;
        }
    }

    /// <summary>
    /// The shape two recorded values share: an object keeps the keys both have (each merged), an array the merged shape
    /// of all elements, a scalar its kind when both agree; <see langword="null"/> (anything goes) where they disagree or
    /// either is null.
    /// </summary>
    private static JsonNode? Merge(JsonNode? left, JsonNode? right)
    {
        switch (left, right)
        {
            case (JsonObject a, JsonObject b):
                var merged = new JsonObject();
                foreach (var (key, value) in a)
                {
                    if (b.ContainsKey(key))
                    {
                        merged[key] = value is null || b[key] is null ? null : Merge(value, b[key]);
                    }
                }

                return merged;
            case (JsonArray a, JsonArray b):
                var elements = a.Concat(b).Where(element => element is not null).ToList();
                var shape = elements.Aggregate((JsonNode?)null, (current, element) => current is null ? element!.DeepClone() : Merge(current, element));
                return shape is null ? new JsonArray() : new JsonArray(shape);
            case (JsonValue a, JsonValue b) when a.GetValueKind() == b.GetValueKind() || (IsBool(a) && IsBool(b)):
                return a.DeepClone();
            default:
                return null;
        }
    }

    /// <summary>
    /// Asserts a sandbox answer has the shape of recording <paramref name="recording"/> (or the part <paramref name="part"/>
    /// picks), and with <paramref name="sameKeyOrder"/> its keys in the recorded order.
    /// </summary>
    public static void AssertConforms(string recording, Func<JsonNode, JsonNode?>? part, JsonNode actual, bool sameKeyOrder)
    {
        var recorded = Recording(recording);
        var expected = part is null ? recorded : part(recorded);
        AssertSameShape(expected, actual);
        if (sameKeyOrder)
        {
            Assert.Equal(Keys(expected!), Keys(actual));
        }
    }

    /// <summary>The keys of an object in order.</summary>
    public static List<string> Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key)];

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static bool IsBool(JsonValue value) => value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False;
}
