namespace Guildhall.Core;

/// <summary>
/// Unix times read from the wire (bodies, headers, token claims). A hostile or broken value (<c>1e300</c>, a year past
/// 9999) is refused with <see langword="false"/> rather than thrown as <see cref="ArgumentOutOfRangeException"/> from
/// deep inside a parser, so each caller can turn it into its own documented error or ignore it.
/// </summary>
public static class UnixTime
{
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Converts whole Unix seconds, if the moment is one a <see cref="DateTimeOffset"/> can hold.</summary>
    /// <param name="seconds">Seconds since 1970-01-01T00:00:00Z.</param>
    /// <param name="value">The moment, in UTC; <see langword="default"/> when refused.</param>
    public static bool TryFromSeconds(long seconds, out DateTimeOffset value)
    {
        var inRange = seconds >= MinSeconds && seconds <= MaxSeconds;
        value = inRange ? DateTimeOffset.FromUnixTimeSeconds(seconds) : default;
        return inRange;
    }

    /// <summary>Converts Unix seconds with a fraction (kept to the millisecond), if finite and in range.</summary>
    /// <param name="seconds">Seconds since 1970-01-01T00:00:00Z.</param>
    /// <param name="value">The moment, in UTC; <see langword="default"/> when refused.</param>
    public static bool TryFromSeconds(double seconds, out DateTimeOffset value)
    {
        var inRange = double.IsFinite(seconds) && seconds >= MinSeconds && seconds < MaxSeconds + 1;
        value = inRange ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) : default;
        return inRange;
    }
}
