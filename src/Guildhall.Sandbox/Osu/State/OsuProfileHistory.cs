namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The history parts of a profile, derived from the user id so every start builds the same ones: monthly play counts,
/// replays watched, medals and ranked-play standings.
/// </summary>
internal static class OsuProfileHistory
{
    /// <summary>The last month the seeded histories cover.</summary>
    public static readonly DateTimeOffset LastMonth = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><c>{start_date, count}</c> per month with plays, from the join month (at most ten years back) to <see cref="LastMonth"/>.</summary>
    public static JsonArray MonthlyPlaycounts(long userId, DateTimeOffset joined, int playCount)
    {
        var months = Months(joined);
        var perMonth = playCount / Math.Max(1, months.Count);
        return Counts(months, month => perMonth == 0 ? 0 : OsuDeterministic.Between(perMonth / 3, perMonth * 2, userId, 80, month.Ticks));
    }

    /// <summary><c>{start_date, count}</c> for the months in which others watched the user's replays.</summary>
    public static JsonArray ReplaysWatched(long userId, DateTimeOffset joined, int watchedByOthers)
    {
        var months = Months(joined);
        var perMonth = watchedByOthers / Math.Max(1, months.Count);
        return Counts(months, month => perMonth == 0 ? 0 : OsuDeterministic.Between(0, perMonth * 2, userId, 81, month.Ticks));
    }

    /// <summary><paramref name="count"/> medals, newest first, as <c>{achieved_at, achievement_id}</c>.</summary>
    public static JsonArray Achievements(long userId, int count)
    {
        var medals = new JsonArray();
        var when = LastMonth.AddDays(25);
        var taken = new HashSet<int>();
        for (var i = 0; medals.Count < count && i < count * 4; i++)
        {
            var medal = OsuDeterministic.Between(1, 360, userId, 82, i);
            if (taken.Add(medal))
            {
                when = when.AddHours(-OsuDeterministic.Between(2, 900, userId, 83, i));
                medals.Add((JsonNode)new JsonObject { ["achieved_at"] = OsuJsonTime.Zulu(when), ["achievement_id"] = medal });
            }
        }

        return medals;
    }

    /// <summary>The user's standing in the current ranked-play pool (<c>matchmaking_stats</c> entry).</summary>
    public static JsonObject Matchmaking(long userId, double pp)
    {
        var plays = OsuDeterministic.Between(0, 40, userId, 84);
        var rating = 900 + (int)Math.Min(1400, pp / 10) + OsuDeterministic.Between(0, 120, userId, 85);
        var rank = Math.Max(1, 60_000 - (rating * 25) + OsuDeterministic.Between(0, 800, userId, 86));
        return new JsonObject
        {
            ["first_placements"] = plays == 0 ? 0 : OsuDeterministic.Between(0, plays / 4, userId, 87),
            ["is_rating_provisional"] = plays < 10,
            ["plays"] = plays,
            ["pool_id"] = 12,
            ["rank"] = rank,
            ["rank_percent"] = rank / 100_000.0,
            ["rating"] = rating,
            ["total_points"] = plays * OsuDeterministic.Between(0, 6, userId, 88),
            ["user_id"] = userId,
            ["pool"] = new JsonObject
            {
                ["active"] = true,
                ["id"] = 12,
                ["name"] = "Ranked Play: Sandbox Season",
                ["ruleset_id"] = 0,
                ["type"] = "ranked_play",
                ["variant_id"] = 0,
            },
        };
    }

    private static List<DateTimeOffset> Months(DateTimeOffset joined)
    {
        var first = new DateTimeOffset(joined.Year, joined.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var earliest = LastMonth.AddYears(-10);
        var months = new List<DateTimeOffset>();
        for (var month = first < earliest ? earliest : first; month <= LastMonth; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }

    // Only months with a count get a row (the table behind these lists stores plays, not empty months).
    private static JsonArray Counts(List<DateTimeOffset> months, Func<DateTimeOffset, int> count)
    {
        var result = new JsonArray();
        foreach (var month in months)
        {
            var value = count(month);
            if (value > 0)
            {
                result.Add((JsonNode)new JsonObject { ["start_date"] = month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["count"] = value });
            }
        }

        return result;
    }
}
