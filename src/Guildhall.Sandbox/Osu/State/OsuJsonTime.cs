namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The two timestamp spellings of the API: <c>+00:00</c> (osu-web's <c>json_time</c>, most fields) and <c>Z</c>
/// (score and beatmap times read from JSON columns), both in UTC with whole seconds.
/// </summary>
internal static class OsuJsonTime
{
    public static string Offset(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public static string Zulu(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses either spelling.</summary>
    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
