
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Builds seeded users: every profile field that does not depend on a ruleset or on the rest of the world (those the
/// presenters compute when they answer), with values derived from the user id, and statistics for each ruleset.
/// </summary>
internal static class OsuUserFactory
{
    // osu-web's default order of profile sections.
    private static readonly string[] DefaultProfileOrder = ["me", "recent_activity", "top_ranks", "medals", "historical", "beatmaps", "kudosu"];

    private static readonly DateTimeOffset FirstJoin = new(2008, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A user from the 13 compact fields, optionally with <c>country</c>, <c>cover</c>, <c>team</c> and <c>kudosu</c>.
    /// <paramref name="topPp"/> is the performance in the user's main ruleset (<paramref name="playmode"/>, else one
    /// derived from the id); other rulesets get less or nothing.
    /// </summary>
    public static OsuUser FromCompact(JsonObject compact, double topPp, string? playmode = null)
    {
        var id = compact["id"]!.ToInt64();
        var mainRuleset = playmode is not null && OsuRuleset.TryParse(playmode, out var parsed) ? parsed : MainRuleset(id);
        var statistics = new Dictionary<int, JsonObject>();
        for (var ruleset = 0; ruleset < OsuRuleset.Names.Count; ruleset++)
        {
            statistics[ruleset] = Statistics(ruleset == mainRuleset ? topPp : SecondaryPp(id, ruleset, topPp), id * 4 + ruleset);
        }

        var profile = new JsonObject();
        foreach (var field in OsuUser.CompactFields)
        {
            profile[field] = compact[field]?.DeepClone();
        }

        var isSupporter = compact["is_supporter"]?.GetValue<bool>() ?? false;
        var countryCode = compact["country_code"]!.GetValue<string>();
        var defaultGroup = compact["default_group"]?.GetValue<string>() ?? "default";
        var cover = compact["cover"]?.DeepClone() as JsonObject ?? PresetCover(id);
        var joined = FirstJoin.AddHours(OsuDeterministic.Between(0, 150_000, id, 8));
        var main = statistics[mainRuleset];
        var playCount = main["play_count"]!.ToInt32();

        profile["cover_url"] = cover["url"]?.DeepClone();
        profile["discord"] = null;
        profile["has_supported"] = isSupporter || OsuDeterministic.Unit(id, 7) < 0.4;
        profile["interests"] = null;
        profile["join_date"] = OsuJsonTime.Offset(joined);
        profile["location"] = null;
        profile["max_blocks"] = isSupporter ? 200 : 100;
        profile["max_friends"] = isSupporter ? 1000 : 500;
        profile["occupation"] = null;
        profile["playmode"] = OsuRuleset.Name(mainRuleset);
        profile["playstyle"] = mainRuleset == 0 ? new JsonArray("mouse", "keyboard") : new JsonArray("keyboard");
        profile["post_count"] = OsuDeterministic.Between(0, 4000, id, 9);
        profile["profile_hue"] = isSupporter && OsuDeterministic.Unit(id, 17) < 0.5 ? OsuDeterministic.Between(0, 359, id, 18) : null;
        profile["profile_order"] = new JsonArray([.. DefaultProfileOrder.Select(s => (JsonNode)s)]);
        profile["title"] = null;
        profile["title_url"] = null;
        profile["twitter"] = null;
        profile["website"] = null;
        profile["country"] = compact["country"]?.DeepClone()
            ?? new JsonObject { ["code"] = countryCode, ["name"] = OsuCountries.NameOf(countryCode) };
        profile["cover"] = cover;
        profile["kudosu"] = compact["kudosu"]?.DeepClone() ?? Kudosu(id);
        profile["account_history"] = new JsonArray();
        profile["active_tournament_banner"] = null;
        profile["active_tournament_banners"] = new JsonArray();
        profile["badges"] = new JsonArray();
        profile["comments_count"] = OsuDeterministic.Between(0, 600, id, 10);
        profile["current_season_stats"] = null;
        profile["daily_challenge_user_stats"] = DailyChallenge(id);
        profile["follower_count"] = (int)(topPp / 8) + OsuDeterministic.Between(0, 300, id, 11);
        profile["groups"] = OsuCatalog.GroupsFor(defaultGroup, OsuRuleset.Name(mainRuleset));
        profile["mapping_follower_count"] = OsuDeterministic.Between(0, 400, id, 12);
        profile["matchmaking_stats"] = topPp > 0 && OsuDeterministic.Unit(id, 19) < 0.35 ? new JsonArray(OsuProfileHistory.Matchmaking(id, topPp)) : new JsonArray();
        profile["monthly_playcounts"] = OsuProfileHistory.MonthlyPlaycounts(id, joined, playCount);
        profile["page"] = new JsonObject { ["html"] = "", ["raw"] = "" };
        profile["previous_usernames"] = new JsonArray();
        profile["replays_watched_counts"] = OsuProfileHistory.ReplaysWatched(id, joined, main["replays_watched_by_others"]!.ToInt32());
        profile["support_level"] = isSupporter ? OsuDeterministic.Between(1, 3, id, 13) : 0;
        profile["team"] = compact["team"]?.DeepClone();
        profile["user_achievements"] = OsuProfileHistory.Achievements(id, topPp > 0 ? OsuDeterministic.Between(3, 40, id, 14) : 0);
        return new OsuUser { Profile = profile, Statistics = statistics };
    }

    /// <summary>Statistics of one ruleset for a given performance; zero performance gives the "never played" shape.</summary>
    public static JsonObject Statistics(double pp, long seed)
    {
        var played = pp > 0;
        var accuracy = played ? 0.9 + OsuDeterministic.Unit(seed, 1) * 0.09 : 0;
        var playCount = played ? (int)(pp * 6 + OsuDeterministic.Between(10, 4000, seed, 2)) : 0;
        var totalHits = playCount * 420L;
        var rankedScore = played ? (long)(pp * 180_000 + OsuDeterministic.Between(0, 9_000_000, seed, 3)) : 0;
        var count300 = (long)(totalHits * accuracy);
        var count100 = (long)((totalHits - count300) * 0.8);
        var count50 = (long)((totalHits - count300) * 0.1);
        return new JsonObject
        {
            ["count_100"] = count100,
            ["count_300"] = count300,
            ["count_50"] = count50,
            ["count_miss"] = totalHits - count300 - count100 - count50,
            ["level"] = new JsonObject { ["current"] = played ? Math.Min(110, 20 + (int)(pp / 120)) : 1, ["progress"] = played ? OsuDeterministic.Between(0, 99, seed, 4) : 0 },
            ["global_rank"] = null,
            ["global_rank_percent"] = null,
            ["global_rank_exp"] = null,
            ["pp"] = Math.Round(pp, 2),
            ["pp_exp"] = 0,
            ["ranked_score"] = rankedScore,
            ["hit_accuracy"] = Math.Round(accuracy * 100, 4),
            ["accuracy"] = Math.Round(accuracy, 6),
            ["play_count"] = playCount,
            ["play_time"] = playCount * 95L,
            ["total_score"] = rankedScore * 4,
            ["total_hits"] = totalHits,
            ["maximum_combo"] = played ? OsuDeterministic.Between(300, 4000, seed, 5) : 0,
            ["replays_watched_by_others"] = played ? (int)(pp / 20) : 0,
            ["is_ranked"] = played,
            ["grade_counts"] = new JsonObject
            {
                ["ss"] = played ? playCount / 90 : 0,
                ["ssh"] = played ? playCount / 400 : 0,
                ["s"] = played ? playCount / 12 : 0,
                ["sh"] = played ? playCount / 60 : 0,
                ["a"] = played ? playCount / 6 : 0,
            },
        };
    }

    /// <summary>A profile cover the user uploaded (<c>custom_url</c> set, no preset <c>id</c>).</summary>
    public static JsonObject CustomCover(long userId)
    {
        var url = $"https://assets.ppy.sh/user-profile-covers/{userId}/{OsuDeterministic.Hex(64, userId, 15)}.jpeg";
        return new JsonObject { ["custom_url"] = url, ["url"] = url, ["id"] = null };
    }

    private static int MainRuleset(long id)
    {
        var roll = OsuDeterministic.Unit(id, 1);
        return roll < 0.7 ? 0 : roll < 0.8 ? 1 : roll < 0.88 ? 2 : 3;
    }

    private static double SecondaryPp(long id, int ruleset, double topPp) =>
        OsuDeterministic.Unit(id, ruleset, 2) < 0.45 ? 0 : Math.Round(topPp * OsuDeterministic.Unit(id, ruleset, 3) * 0.3, 2);

    private static JsonObject PresetCover(long id)
    {
        var preset = OsuDeterministic.Between(1, 8, id, 15).ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["custom_url"] = null,
            ["url"] = $"https://osu.ppy.sh/images/headers/profile-covers/c{preset}.jpg",
            ["id"] = preset,
        };
    }

    private static JsonObject Kudosu(long id)
    {
        var total = OsuDeterministic.Between(0, 60, id, 16);
        return new JsonObject { ["available"] = total / 2, ["total"] = total };
    }

    // osu-web fills the stats of a user who never played the daily challenge with zeros and the year 2000.
    private static JsonObject DailyChallenge(long id) => new()
    {
        ["daily_streak_best"] = 0,
        ["daily_streak_current"] = 0,
        ["last_update"] = "2000-01-01T00:00:00+00:00",
        ["last_weekly_streak"] = "2000-01-01T00:00:00+00:00",
        ["playcount"] = 0,
        ["top_10p_placements"] = 0,
        ["top_50p_placements"] = 0,
        ["user_id"] = id,
        ["weekly_streak_best"] = 0,
        ["weekly_streak_current"] = 0,
    };
}
