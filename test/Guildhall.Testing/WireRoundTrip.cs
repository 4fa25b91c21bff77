using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Testing;

/// <summary>
/// Read-then-write checks for response models: a body read into its model and written back with the same metadata must
/// lose nothing (<see cref="JsonLossWalker"/>), and so must every variant <see cref="WireMutations"/> makes of it.
/// </summary>
public static class WireRoundTrip
{
    /// <summary>Fails naming <paramref name="name"/> and the first losses when <paramref name="json"/> does not survive a read and a write through <paramref name="typeInfo"/>.</summary>
    public static void AssertLossless(string name, string json, JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var read = JsonSerializer.Deserialize(json, typeInfo);
        Assert.NotNull(read);

        var written = JsonSerializer.Serialize(read, typeInfo);
        var losses = JsonLossWalker.FindLosses(JsonNode.Parse(json), JsonNode.Parse(written));

        Assert.True(losses.Count == 0, $"{name} lost {losses.Count} values:\n" + string.Join('\n', losses.Take(40)) + "\nwritten: " + Shorten(written));
    }

    /// <summary>
    /// Checks <paramref name="json"/> and, for each of <paramref name="seeds"/>, a variant with members the model has
    /// never seen at every object level, and variants with string values emptied: each survives a read and a write, or
    /// (an emptied string where the model needs a date, say) fails to read with a <see cref="JsonException"/>, never
    /// silently.
    /// </summary>
    public static void AssertLosslessUnderMutation(string name, string json, JsonTypeInfo typeInfo, IEnumerable<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        AssertLossless(name, json, typeInfo);
        foreach (var seed in seeds)
        {
            AssertLossless($"{name} with unknown members (seed {seed})", WireMutations.WithUnknownMembers(json, seed), typeInfo);
            foreach (var (path, variant) in WireMutations.WithEmptiedStrings(json, seed, count: 8))
            {
                try
                {
                    AssertLossless($"{name} with {path} emptied (seed {seed})", variant, typeInfo);
                }
                catch (JsonException)
                {
                    // The model rejects an empty string there (a required date, for example): loud, not lossy.
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
