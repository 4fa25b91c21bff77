namespace Guildhall.Osu.Models;

/// <summary>
/// Converts score statistics between the lazer hit results and stable's counts, per mode, as osu! itself maps them:
/// osu! great/ok/meh are 300/100/50; osu!taiko great/ok are 300/100; osu!catch great, large and small ticks are
/// 300/100/50 and missed small ticks are katus; osu!mania perfect/great/good/ok/meh are geki/300/katu/100/50.
/// </summary>
public static class ScoreStatisticsConverter
{
    /// <summary>Stable's counts of lazer hit results.</summary>
    /// <param name="statistics">Lazer-format statistics.</param>
    /// <param name="mode">The mode the score was set in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is unknown.</exception>
    public static ScoreStatistics ToLegacy(ScoreStatistics statistics, GameMode mode)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var s = statistics;
        return mode switch
        {
            GameMode.Osu => new ScoreStatistics { Count300 = N(s.Great), Count100 = N(s.Ok), Count50 = N(s.Meh), CountMiss = N(s.Miss) },
            GameMode.Taiko => new ScoreStatistics { Count300 = N(s.Great), Count100 = N(s.Ok), CountMiss = N(s.Miss) },

            // A missed fruit or droplet breaks combo like a miss does; only missed tiny droplets become katus.
            GameMode.Fruits => new ScoreStatistics
            {
                Count300 = N(s.Great),
                Count100 = N(s.LargeTickHit),
                Count50 = N(s.SmallTickHit),
                CountKatu = N(s.SmallTickMiss),
                CountMiss = N(s.Miss) + N(s.LargeTickMiss),
            },
            GameMode.Mania => new ScoreStatistics
            {
                CountGeki = N(s.Perfect),
                Count300 = N(s.Great),
                CountKatu = N(s.Good),
                Count100 = N(s.Ok),
                Count50 = N(s.Meh),
                CountMiss = N(s.Miss),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Statistics convert only for osu, taiko, fruits and mania."),
        };
    }

    /// <summary>Lazer hit results of stable's counts (zeros left out, as the API does).</summary>
    /// <param name="statistics">Legacy-format statistics.</param>
    /// <param name="mode">The mode the score was set in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is unknown.</exception>
    public static ScoreStatistics ToLazer(ScoreStatistics statistics, GameMode mode)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var s = statistics;
        return mode switch
        {
            GameMode.Osu => new ScoreStatistics { Great = Z(s.Count300), Ok = Z(s.Count100), Meh = Z(s.Count50), Miss = Z(s.CountMiss) },
            GameMode.Taiko => new ScoreStatistics { Great = Z(s.Count300), Ok = Z(s.Count100), Miss = Z(s.CountMiss) },
            GameMode.Fruits => new ScoreStatistics
            {
                Great = Z(s.Count300),
                LargeTickHit = Z(s.Count100),
                SmallTickHit = Z(s.Count50),
                SmallTickMiss = Z(s.CountKatu),
                Miss = Z(s.CountMiss),
            },
            GameMode.Mania => new ScoreStatistics
            {
                Perfect = Z(s.CountGeki),
                Great = Z(s.Count300),
                Good = Z(s.CountKatu),
                Ok = Z(s.Count100),
                Meh = Z(s.Count50),
                Miss = Z(s.CountMiss),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Statistics convert only for osu, taiko, fruits and mania."),
        };
    }

    private static int N(int? count) => count ?? 0;

    private static int? Z(int? count) => count is null or 0 ? null : count;
}
