using System.Text.Json.Nodes;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Infrastructure;

/// <summary>
/// The recorded real osu! API responses, read at test time from the shared reference folder beside the repository
/// (<see cref="SharedReference"/>); they are compared with, never copied into, the repository.
/// </summary>
internal static class Recordings
{
    /// <summary>The body of recording <paramref name="name"/> (file name without <c>.json</c>).</summary>
    public static string Read(string name) => SharedReference.OsuResponse(name + ".json");

    /// <summary>Recording <paramref name="name"/> parsed, for comparing a model with the values the API sent.</summary>
    public static JsonNode Node(string name) => JsonNode.Parse(Read(name))!;

    /// <summary>The names (without <c>.json</c>) of every recording in the shared folder, in ordinal order.</summary>
    public static IEnumerable<string> Names() => SharedReference.OsuResponseNames().Select(Path.GetFileNameWithoutExtension)!;
}
