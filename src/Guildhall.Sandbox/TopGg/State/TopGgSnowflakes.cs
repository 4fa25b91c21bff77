namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Discord-style snowflakes: milliseconds since 2015-01-01 shifted left 22 bits, plus a sequence.</summary>
internal static class TopGgSnowflakes
{
    private static readonly DateTimeOffset Epoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The snowflake of <paramref name="instant"/> (clamped to the epoch) with a sequence in its low 22 bits.</summary>
    public static ulong At(DateTimeOffset instant, int sequence) =>
        ((ulong)Math.Max(0, (instant - Epoch).TotalMilliseconds) << 22) | (uint)(sequence & 0x3FFFFF);

    /// <summary>Parses a snowflake as Top.gg sends and accepts it: a decimal string of a positive 64-bit number.</summary>
    public static bool TryParse(string? text, out ulong id) =>
        ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id)
        && id > 0;
}
