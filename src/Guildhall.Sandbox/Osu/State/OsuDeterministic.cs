namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Stable pseudo-random numbers derived from ids, so the seeded world is identical on every start and every machine
/// (unlike <see cref="Random"/>, whose sequence is an implementation detail).
/// </summary>
internal static class OsuDeterministic
{
    /// <summary>A 64-bit hash of the parts (SplitMix64 steps).</summary>
    public static ulong Hash(long a, long b = 0, long c = 0)
    {
        var x = Mix(0x9E3779B97F4A7C15UL ^ (ulong)a);
        x = Mix(x ^ (ulong)b);
        return Mix(x ^ (ulong)c);
    }

    /// <summary>A number in [0, 1) derived from the parts.</summary>
    public static double Unit(long a, long b = 0, long c = 0) => (Hash(a, b, c) >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>] derived from the parts.</summary>
    public static int Between(int min, int max, long a, long b = 0, long c = 0) =>
        min + (int)(Hash(a, b, c) % (ulong)(max - min + 1));

    /// <summary>
    /// <paramref name="digits"/> stable lower-case hex digits derived from the parts: stand-ins for the hashes real
    /// records carry (file checksums, asset names) where the sandbox has no file to hash.
    /// </summary>
    public static string Hex(int digits, long a, long b = 0)
    {
        var text = new System.Text.StringBuilder(digits + 16);
        for (var block = 0; text.Length < digits; block++)
        {
            text.Append(Hash(a, b, block).ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString(0, digits);
    }

    /// <summary>Picks one item of <paramref name="items"/> from the parts.</summary>
    public static T Pick<T>(IReadOnlyList<T> items, long a, long b = 0, long c = 0) => items[(int)(Hash(a, b, c) % (ulong)items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
