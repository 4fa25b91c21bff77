using Guildhall.Osu.Json;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Json;

/// <summary>Reads a body into an osu! model and writes it back with the package's own options; nothing the body held may be lost.</summary>
internal static class ModelRoundTrip
{
    /// <summary>Fails naming <paramref name="name"/> and the first losses when <paramref name="json"/> does not survive <paramref name="model"/>.</summary>
    public static void AssertLossless(string name, string json, Type model) =>
        WireRoundTrip.AssertLossless(name, json, OsuJson.Options.GetTypeInfo(model));
}
