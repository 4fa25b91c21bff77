using Guildhall.Testing;

namespace Guildhall.Benchmarks.Osu;

/// <summary>
/// The bodies the osu! deserialization benchmark reads: the recorded real responses beside the repository where they
/// are (the same folder the conformance tests read), otherwise the sandbox's bodies of the same calls.
/// </summary>
internal static class OsuBenchmarkBodies
{
    /// <summary>The benchmark names, each the recording's name without the status.</summary>
    public static readonly string[] Names = ["get_user", "search_beatmapsets", "get_beatmapset", "get_user_bests"];

    private static readonly Lazy<(IReadOnlyDictionary<string, byte[]> Bodies, string Source)> Loaded = new(Load);

    /// <summary>Where the bodies came from, for the run's log.</summary>
    public static string Source => Loaded.Value.Source;

    /// <summary>The body of <paramref name="name"/>.</summary>
    public static byte[] Get(string name) => Loaded.Value.Bodies[name];

    private static (IReadOnlyDictionary<string, byte[]>, string) Load()
    {
        if (SharedReference.MissingReason is { } missing)
        {
            return (OsuSampleBodies.Fetch(), "bodies written by the sandbox (the recorded responses are missing: " + missing + ")");
        }

        var bodies = Names.ToDictionary(name => name, name => File.ReadAllBytes(SharedReference.OsuResponsePath(name + "_200.json")), StringComparer.Ordinal);
        return (bodies, "the recorded real responses in " + SharedReference.OsuResponsesDirectory);
    }
}
