namespace Guildhall.Osu.Tests.Wire;

/// <summary>Users: the compact card of lists and scores, a profile (<c>GET /users/{id}</c>) and the owner's own (<c>GET /me</c>).</summary>
internal static partial class OsuWire
{
    /// <summary>The compact user osu! nests in scores, beatmaps and rankings.</summary>
    public static string UserCard(long id, string username) => $$"""
        {"avatar_url":"https://a.ppy.sh/{{id}}?1712345678.jpeg","country_code":"IS","default_group":"default","id":{{id}},
         "is_active":true,"is_bot":false,"is_deleted":false,"is_online":false,"is_supporter":false,
         "last_visit":"2026-06-28T21:04:10+00:00","pm_friends_only":false,"profile_colour":null,"username":"{{username}}"}
        """;

    /// <summary>A profile as <c>GET /users/{id}</c> answers it: the card, the profile fields and one ruleset's statistics.</summary>
    public static string UserProfile(long id, string username) => $$"""
        {"avatar_url":"https://a.ppy.sh/{{id}}?1712345678.jpeg","country_code":"IS","default_group":"default","id":{{id}},
         "is_active":true,"is_bot":false,"is_deleted":false,"is_online":true,"is_supporter":true,
         "last_visit":"2026-06-30T07:12:55+00:00","pm_friends_only":false,"profile_colour":null,"username":"{{username}}",
         "cover_url":"https://assets.ppy.sh/user-profile-covers/{{id}}/owned-cover.jpeg","discord":"{{username}}#0",
         "has_supported":true,"interests":"lighthouses, streams","join_date":"2015-11-03T18:40:02+00:00",
         "location":"Reykjavik","max_blocks":100,"max_friends":500,"occupation":"night ferry pilot","playmode":"osu",
         "playstyle":["mouse","keyboard"],"post_count":41,"profile_hue":212,
         "profile_order":["me","recent_activity","top_ranks","medals","historical","beatmaps","kudosu"],
         "title":null,"title_url":null,"twitter":null,"website":"https://example.org/{{username}}",
         "country":{"code":"IS","name":"Iceland"},
         "cover":{"custom_url":"https://assets.ppy.sh/user-profile-covers/{{id}}/owned-cover.jpeg","url":"https://assets.ppy.sh/user-profile-covers/{{id}}/owned-cover.jpeg","id":null},
         "kudosu":{"available":4,"total":9},
         "account_history":[],"active_tournament_banner":null,"active_tournament_banners":[],"badges":[],
         "beatmap_playcounts_count":1873,"comments_count":6,"favourite_beatmapset_count":57,"follower_count":288,
         "graveyard_beatmapset_count":2,"groups":[],"guest_beatmapset_count":0,"loved_beatmapset_count":0,
         "mapping_follower_count":3,"monthly_playcounts":[{"start_date":"2026-04-01","count":214},{"start_date":"2026-05-01","count":187}],
         "nominated_beatmapset_count":0,"page":{"html":"<div class='bbcode'>hello</div>","raw":"hello"},"pending_beatmapset_count":0,
         "previous_usernames":["{{username}}_old"],"rank_highest":null,"ranked_beatmapset_count":0,
         "replays_watched_counts":[{"start_date":"2026-05-01","count":3}],"scores_best_count":100,"scores_first_count":4,
         "scores_pinned_count":1,"scores_recent_count":7,
         "statistics":{{Statistics(6123.45, 15234)}},
         "support_level":2,"team":null,"user_achievements":[],
         "rank_history":{"mode":"osu","data":[15410,15388,15301,15234]},
         "rankHistory":{"mode":"osu","data":[15410,15388,15301,15234]},
         "ranked_and_approved_beatmapset_count":0,"unranked_beatmapset_count":0}
        """;

    /// <summary>The owner's profile as <c>GET /me</c> answers it: a profile plus statistics in every ruleset.</summary>
    public static string Me(long id, string username)
    {
        var me = Node(UserProfile(id, username)).AsObject();
        me["statistics_rulesets"] = Node($$"""
            {"osu":{{Statistics(6123.45, 15234)}},"taiko":{{Statistics(812.5, 90211)}},
             "fruits":{{Statistics(120.25, 310877)}},"mania":{{Statistics(2044.0, 40121)}}}
            """);
        me["session_verified"] = true;
        return me.ToJsonString();
    }

    /// <summary>One ruleset's statistics.</summary>
    public static string Statistics(double pp, int globalRank) => $$"""
        {"count_100":84512,"count_300":1290443,"count_50":9120,"count_miss":30211,"level":{"current":101,"progress":37},
         "global_rank":{{globalRank}},"global_rank_percent":0.0013,"global_rank_exp":null,"pp":{{pp.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"pp_exp":0,
         "ranked_score":31022184412,"hit_accuracy":98.214,"accuracy":0.98214,"play_count":41233,"play_time":2290311,
         "total_score":120334991022,"total_hits":1384075,"maximum_combo":2811,"replays_watched_by_others":512,"is_ranked":true,
         "grade_counts":{"ss":31,"ssh":12,"s":655,"sh":410,"a":1502},"country_rank":18,"rank":{"country":18} }
        """;
}
