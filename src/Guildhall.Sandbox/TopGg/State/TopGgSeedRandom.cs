namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// A small deterministic generator (SplitMix64), so every sandbox host starts with the same seeded data on every
/// machine and .NET version.
/// </summary>
internal sealed class TopGgSeedRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A random span in [0, <paramref name="max"/>), with tick precision (so v1 timestamps use 7 digits).</summary>
    public TimeSpan Within(TimeSpan max) => TimeSpan.FromTicks((long)(NextDouble() * max.Ticks));

    public string Hex(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[Next(16)]));
}
