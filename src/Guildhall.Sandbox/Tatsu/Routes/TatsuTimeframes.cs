namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>Parses the timeframe path segment and knows how far back each period reaches.</summary>
internal static class TatsuTimeframes
{
    /// <summary>Parses <c>all</c>, <c>month</c> or <c>week</c>; the real paths are lower case.</summary>
    public static bool TryParse(string segment, out TatsuTimeframe timeframe)
    {
        switch (segment)
        {
            case "all":
                timeframe = TatsuTimeframe.All;
                return true;
            case "month":
                timeframe = TatsuTimeframe.Month;
                return true;
            case "week":
                timeframe = TatsuTimeframe.Week;
                return true;
            default:
                timeframe = default;
                return false;
        }
    }

    /// <summary>The earliest moment whose score counts in <paramref name="timeframe"/>, or null for all time.</summary>
    public static DateTimeOffset? Since(TatsuTimeframe timeframe, DateTimeOffset now) => timeframe switch
    {
        TatsuTimeframe.Month => now - TimeSpan.FromDays(30),
        TatsuTimeframe.Week => now - TimeSpan.FromDays(7),
        _ => null,
    };
}
