using Guildhall.Osu.Models;

namespace Guildhall.Osu.Tests.Mods;

public sealed class ScoreStatisticsConverterTests
{
    [Fact]
    public void Osu_results_become_300_100_50_and_back()
    {
        var lazer = new ScoreStatistics { Great = 1195, Ok = 17, Miss = 2 };

        var legacy = ScoreStatisticsConverter.ToLegacy(lazer, GameMode.Osu);

        Assert.Equal(new ScoreStatistics { Count300 = 1195, Count100 = 17, Count50 = 0, CountMiss = 2 }, legacy);
        Assert.Equal(lazer, ScoreStatisticsConverter.ToLazer(legacy, GameMode.Osu));
    }

    [Fact]
    public void Mania_results_use_geki_and_katu()
    {
        var legacy = new ScoreStatistics { CountGeki = 3245, Count300 = 1203, CountKatu = 202, Count100 = 39, Count50 = 17, CountMiss = 51 };

        var lazer = ScoreStatisticsConverter.ToLazer(legacy, GameMode.Mania);

        Assert.Equal(new ScoreStatistics { Perfect = 3245, Great = 1203, Good = 202, Ok = 39, Meh = 17, Miss = 51 }, lazer);
        Assert.Equal(legacy, ScoreStatisticsConverter.ToLegacy(lazer, GameMode.Mania));
    }

    [Fact]
    public void Catch_ticks_become_100s_50s_and_katus_and_missed_fruit_counts_as_a_miss()
    {
        var lazer = new ScoreStatistics { Great = 624, LargeTickHit = 48, SmallTickHit = 10, SmallTickMiss = 4, Miss = 1, LargeTickMiss = 2 };

        var legacy = ScoreStatisticsConverter.ToLegacy(lazer, GameMode.Fruits);

        Assert.Equal(new ScoreStatistics { Count300 = 624, Count100 = 48, Count50 = 10, CountKatu = 4, CountMiss = 3 }, legacy);
    }

    [Fact]
    public void Taiko_has_no_50s()
    {
        var legacy = ScoreStatisticsConverter.ToLegacy(new ScoreStatistics { Great = 343, Ok = 26 }, GameMode.Taiko);

        Assert.Equal(new ScoreStatistics { Count300 = 343, Count100 = 26, CountMiss = 0 }, legacy);
    }

    [Fact]
    public void An_unknown_mode_cannot_convert()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreStatisticsConverter.ToLegacy(new ScoreStatistics(), GameMode.Unknown));
    }
}
