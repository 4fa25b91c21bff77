

using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>Writes users in the shapes of osu-web's <c>UserCompactTransformer</c> with the includes each route asks for.</summary>
internal static class OsuUserPresenter
{
    // The order /users/{id} sends its fields in (recorded); /me adds is_restricted, session_*, statistics_rulesets.
    private static readonly string[] ExtendedOrder =
    [
        "avatar_url", "country_code", "default_group", "id", "is_active", "is_bot", "is_deleted", "is_online",
        "is_supporter", "last_visit", "pm_friends_only", "profile_colour", "username", "cover_url", "discord",
        "has_supported", "interests", "join_date", "location", "max_blocks", "max_friends", "occupation", "playmode",
        "playstyle", "post_count", "profile_hue", "profile_order", "title", "title_url", "twitter", "website",
        "country", "cover", "is_restricted", "kudosu", "account_history", "active_tournament_banner",
        "active_tournament_banners", "badges", "beatmap_playcounts_count", "comments_count", "current_season_stats",
        "current_user_attributes", "daily_challenge_user_stats", "favourite_beatmapset_count", "follower_count",
        "graveyard_beatmapset_count", "groups", "guest_beatmapset_count", "loved_beatmapset_count",
        "mapping_follower_count", "matchmaking_stats", "monthly_playcounts", "nominated_beatmapset_count", "page",
        "pending_beatmapset_count", "previous_usernames", "rank_highest", "ranked_beatmapset_count",
        "replays_watched_counts", "scores_best_count", "scores_first_count", "scores_pinned_count",
        "scores_recent_count", "session_verification_method", "session_verified", "statistics", "statistics_rulesets",
        "support_level", "team", "user_achievements", "rank_history", "rankHistory",
        "ranked_and_approved_beatmapset_count", "unranked_beatmapset_count",
    ];

    private static readonly string[] OwnProfileOnly = ["is_restricted", "session_verification_method", "session_verified", "statistics_rulesets"];

    /// <summary>The 13 compact fields.</summary>
    public static JsonObject Compact(OsuUser user)
    {
        var result = new JsonObject();
        foreach (var field in OsuUser.CompactFields)
        {
            result[field] = user.Profile[field]?.DeepClone();
        }

        return result;
    }

    /// <summary>Compact plus the chosen card includes, in osu-web's include order (country, cover, groups, team).</summary>
    public static JsonObject Card(OsuUser user, bool groups = true)
    {
        var result = Compact(user);
        result["country"] = user.Profile["country"]!.DeepClone();
        result["cover"] = user.Profile["cover"]!.DeepClone();
        if (groups)
        {
            result["groups"] = user.Profile["groups"]!.DeepClone();
        }

        result["team"] = user.Profile["team"]?.DeepClone();
        return result;
    }

    /// <summary>The card plus <c>statistics</c> of a ruleset and <c>support_level</c> (friend lists).</summary>
    public static JsonObject ListEntry(OsuUser user, int rulesetId)
    {
        var result = Card(user);
        var team = result["team"]?.DeepClone();
        result.Remove("team");
        result["statistics"] = Statistics(user, rulesetId, withCountryRank: false);
        result["support_level"] = user.Profile["support_level"]!.DeepClone();
        result["team"] = team;
        return result;
    }

    /// <summary>The card plus <c>statistics_rulesets</c> (the <c>/users?ids[]=</c> shape).</summary>
    public static JsonObject WithRulesetStatistics(OsuUser user, bool variants)
    {
        var result = Card(user);
        var team = result["team"]?.DeepClone();
        result.Remove("team");
        var rulesets = new JsonObject();
        for (var ruleset = 0; ruleset < OsuRuleset.Names.Count; ruleset++)
        {
            var stats = (JsonObject)user.Statistics[ruleset].DeepClone();
            if (variants && ruleset == 3)
            {
                stats["variants"] = Variants(user);
            }

            rulesets[OsuRuleset.Name(ruleset)] = stats;
        }

        result["statistics_rulesets"] = rulesets;
        result["team"] = team;
        return result;
    }

    /// <summary>Compact plus <c>kudosu</c> (the kudosu ranking shape).</summary>
    public static JsonObject WithKudosu(OsuUser user)
    {
        var result = Compact(user);
        result["kudosu"] = user.Profile["kudosu"]!.DeepClone();
        return result;
    }

    /// <summary>
    /// A ruleset's statistics; with <paramref name="withCountryRank"/> also <c>country_rank</c>, the deprecated
    /// <c>rank.country</c> and, for mania, the key-count <c>variants</c> (the profile shape).
    /// </summary>
    public static JsonObject Statistics(OsuUser user, int rulesetId, bool withCountryRank)
    {
        var stats = (JsonObject)user.Statistics[rulesetId].DeepClone();
        if (withCountryRank)
        {
            int? countryRank = user.CountryRanks.TryGetValue(rulesetId, out var rank) ? rank : null;
            stats["country_rank"] = countryRank;
            stats["rank"] = new JsonObject { ["country"] = countryRank };
            if (rulesetId == 3)
            {
                stats["variants"] = Variants(user);
            }
        }

        return stats;
    }

    /// <summary>The full profile of <c>/users/{id}/{mode?}</c>, or of <c>/me</c> with <paramref name="ownProfile"/>.</summary>
    public static JsonObject Extended(OsuView view, OsuUser user, int rulesetId, bool ownProfile)
    {
        var world = view.World;
        var values = (JsonObject)user.Profile.DeepClone();
        var mode = OsuRuleset.Name(rulesetId);
        var bestCount = world.BestScores(user.Id, rulesetId).Count;
        int SetCount(string type) => OsuProfileSets.Of(world, user.Id, type)!.Count;

        values["current_user_attributes"] = view.Viewer is null ? null : new JsonObject { ["has_blocked"] = false };
        values["beatmap_playcounts_count"] = user.Playcounts.Count;
        values["favourite_beatmapset_count"] = SetCount("favourite");
        values["graveyard_beatmapset_count"] = SetCount("graveyard");
        values["guest_beatmapset_count"] = SetCount("guest");
        values["loved_beatmapset_count"] = SetCount("loved");
        values["nominated_beatmapset_count"] = SetCount("nominated");
        values["pending_beatmapset_count"] = SetCount("pending");
        values["ranked_beatmapset_count"] = SetCount("ranked");
        values["scores_best_count"] = Math.Min(bestCount, 200);
        values["scores_first_count"] = world.FirstPlaces(user.Id, rulesetId).Count;
        values["scores_pinned_count"] = world.ScoresOfUser(user.Id).Count(s => s.IsPinned && s.RulesetId == rulesetId);
        values["scores_recent_count"] = world.ScoresOfUser(user.Id).Count(s => s.RulesetId == rulesetId && s.EndedAt > view.Now.AddDays(-1));
        values["statistics"] = Statistics(user, rulesetId, withCountryRank: true);
        var history = RankHistory(user, rulesetId);
        values["rank_highest"] = history.Count == 0
            ? null
            : new JsonObject { ["rank"] = history.Min(), ["updated_at"] = OsuJsonTime.Offset(view.Now.Date.AddDays(-history.Count + history.IndexOf(history.Min()) + 1)) };
        values["rank_history"] = history.Count == 0 ? null : new JsonObject { ["mode"] = mode, ["data"] = new JsonArray([.. history.Select(r => (JsonNode)r)]) };
        values["rankHistory"] = values["rank_history"]?.DeepClone();
        values["ranked_and_approved_beatmapset_count"] = values["ranked_beatmapset_count"]!.DeepClone();
        values["unranked_beatmapset_count"] = values["pending_beatmapset_count"]!.DeepClone();
        if (ownProfile)
        {
            values["is_restricted"] = false;
            values["session_verification_method"] = null;
            values["session_verified"] = true;
            values["statistics_rulesets"] = new JsonObject(
                Enumerable.Range(0, 4).Select(r => KeyValuePair.Create(OsuRuleset.Name(r), (JsonNode?)user.Statistics[r].DeepClone())));
        }

        var result = new JsonObject();
        foreach (var field in ExtendedOrder.Where(f => ownProfile || !OwnProfileOnly.Contains(f)))
        {
            result[field] = values[field]?.DeepClone();
        }

        return result;
    }

    // The last 90 days, drifting towards today's rank; empty when unranked (the API then sends null).
    private static List<int> RankHistory(OsuUser user, int rulesetId)
    {
        if (user.Statistics[rulesetId]["global_rank"] is not JsonValue rankValue)
        {
            return [];
        }

        var rank = rankValue.ToInt32();
        return [.. Enumerable.Range(0, 90).Select(day =>
        {
            var drift = (89 - day) / 89.0 * 0.3 * OsuDeterministic.Unit(user.Id, rulesetId, 50);
            var wobble = (OsuDeterministic.Unit(user.Id, rulesetId, day) - 0.5) * 0.02;
            return Math.Max(1, (int)Math.Round(rank * (1 + drift + wobble)));
        })];
    }

    private static JsonArray Variants(OsuUser user)
    {
        var variants = new JsonArray();
        foreach (var variant in new[] { "4k", "7k" })
        {
            var pp = user.VariantPp(variant);
            variants.Add((JsonNode)new JsonObject
            {
                ["mode"] = "mania",
                ["variant"] = variant,
                ["country_rank"] = null,
                ["global_rank"] = null,
                ["pp"] = pp,
            });
        }

        return variants;
    }
}
