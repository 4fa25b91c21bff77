using System.Text.Json;
using System.Text.Json.Nodes;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Tests.Json;

/// <summary>Reads a body into a model, writes the model back with the package's own options, and asserts nothing the body held was lost.</summary>
internal static class ModelRoundTrip
{
    /// <summary>Fails naming <paramref name="name"/> and the first losses when <paramref name="json"/> does not survive <paramref name="model"/>.</summary>
    public static void AssertLossless(string name, string json, Type model)
    {
        var read = JsonSerializer.Deserialize(json, OsuJson.Options.GetTypeInfo(model));
        Assert.NotNull(read);

        var written = JsonSerializer.Serialize(read, OsuJson.Options.GetTypeInfo(model));
        var losses = JsonLossWalker.FindLosses(JsonNode.Parse(json), JsonNode.Parse(written));

        Assert.True(losses.Count == 0, $"{name} lost {losses.Count} values:\n" + string.Join('\n', losses.Take(40)));
    }
}
