namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>A numeric bound of a beatmapset search filter (<c>stars&gt;5</c>, <c>ar=9</c>, <c>ranked=2020</c>).</summary>
internal readonly record struct OsuSearchRange(double? Min, bool MinInclusive, double? Max, bool MaxInclusive)
{
    public bool Contains(double value) =>
        (Min is not { } min || (MinInclusive ? value >= min : value > min)) &&
        (Max is not { } max || (MaxInclusive ? value <= max : value < max));

    /// <summary>A number compared with <paramref name="op"/>; equality allows ± <paramref name="tolerance"/>, as osu-web does.</summary>
    public static OsuSearchRange? Number(string op, string value, double tolerance)
    {
        if (!double.TryParse(value.Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return Compare(op, number - tolerance, number + tolerance);
    }

    /// <summary>A date (<c>2020</c>, <c>2020-05</c>, <c>2020-05-17</c>) as a range of Unix milliseconds.</summary>
    public static OsuSearchRange? Date(string op, string value)
    {
        var text = value.Trim('"');
        string[] formats = ["yyyy", "yyyy-M", "yyyy-M-d"];
        if (!DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            return null;
        }

        var end = text.Length <= 4 ? start.AddYears(1) : text.Count(c => c == '-') == 1 ? start.AddMonths(1) : start.AddDays(1);
        return Compare(op, start.ToUnixTimeMilliseconds(), end.ToUnixTimeMilliseconds() - 1);
    }

    private static OsuSearchRange Compare(string op, double low, double high) => op switch
    {
        ">" => new(high, false, null, false),
        ">=" => new(low, true, null, false),
        "<" => new(null, false, low, false),
        "<=" => new(null, false, high, true),
        _ => new(low, true, high, true),
    };
}
