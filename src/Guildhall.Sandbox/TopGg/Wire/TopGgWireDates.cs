namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// The two date shapes Top.gg sends: v0 uses milliseconds and <c>Z</c> (<c>2018-04-21T21:17:57.793Z</c>; topggpy
/// 1.4.0 fails on anything else), v1 uses seven fraction digits and an offset
/// (<c>2026-02-09T00:47:14.2510149+00:00</c>).
/// </summary>
internal static class TopGgWireDates
{
    public static string V0(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string V1(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO 8601 date as a client sends it (any fraction, <c>Z</c> or an offset; no offset = UTC).</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out instant);
}
