namespace Guildhall.Osu.Tests.Wire;

/// <summary>The beatmap community: packs, discussions with their posts and votes, beatmapset events.</summary>
internal static partial class OsuWire
{
    /// <summary>A page of beatmap packs (<c>GET /beatmaps/packs</c>).</summary>
    public static string BeatmapPacks(int count, string? cursor) => $$"""
        {"beatmap_packs":{{Array(count, i => BeatmapPack(300 - i, withSets: false))}},
         "cursor":{{(cursor is null ? "null" : "{\"pack_id\":4200}")}},"cursor_string":{{(cursor is null ? "null" : $"\"{cursor}\"")}}}
        """;

    /// <summary>A beatmap pack, listed or (with its sets and the owner's completion) shown.</summary>
    public static string BeatmapPack(int number, bool withSets) => $$"""
        {"author":"Tidewright","date":"2026-0{{number % 9 + 1}}-01T13:03:00.000000Z","name":"Harbour Pack #{{number}}","no_diff_reduction":{{(number % 2 == 0 ? "true" : "false")}},
         "ruleset_id":{{(number % 3 == 0 ? "3" : "null")}},"tag":"S{{number}}","url":"https://packs.ppy.sh/S{{number}}.zip"
         {{(withSets ? $",\"beatmapsets\":[{Beatmapset(404040)}],\"user_completion_data\":{{\"beatmapset_ids\":[404040],\"completed\":true}}" : "")}}}
        """;

    /// <summary>A page of discussions (<c>GET /beatmapsets/discussions</c>) with their beatmaps, sets and users.</summary>
    public static string Discussions(int count, string? cursor) => $$"""
        {"beatmaps":[{{{BeatmapFields(PlayBeatmapId, 404040, "Lantern Drift")}}}],"beatmapsets":[{{BeatmapsetFields(404040)}}],
         "discussions":{{Array(count, i => Discussion(6100 + i, withIncludes: true))}},"included_discussions":[],
         "reviews_config":{"max_blocks":10},"users":[{{UserCard(PlayerId, "Skerry")}}],
         "cursor":{{(cursor is null ? "null" : "{\"page\":2,\"limit\":50}")}},"cursor_string":{{(cursor is null ? "null" : $"\"{cursor}\"")}}}
        """;

    /// <summary>A page of discussion posts (<c>GET /beatmapsets/discussions/posts</c>).</summary>
    public static string DiscussionPosts(int count) => $$"""
        {"beatmapsets":[{{BeatmapsetFields(404040)}}],"discussions":[{{Discussion(6100, withIncludes: false)}}],
         "posts":{{Array(count, i => DiscussionPost(9100 + i, 6100, system: i == 2))}},"users":[{{UserCard(PlayerId, "Skerry")}}],
         "cursor":null,"cursor_string":null}
        """;

    /// <summary>A page of discussion votes (<c>GET /beatmapsets/discussions/votes</c>).</summary>
    public static string DiscussionVotes(int count) => $$"""
        {"discussions":[{{Discussion(6100, withIncludes: false)}}],"users":[{{UserCard(PlayerId, "Skerry")}}],
         "votes":{{Array(count, i => $$"""{"beatmapset_discussion_id":6100,"created_at":"2026-01-0{{i + 1}}T00:00:00+00:00","id":{{7700 + i}},"score":{{(i == 1 ? -1 : 1)}},"updated_at":"2026-01-0{{i + 1}}T00:00:00+00:00","user_id":{{MapperId}}}""")}},
         "cursor":{"page":2,"limit":5},"cursor_string":"eyJwYWdlIjoyLCJsaW1pdCI6NX0"}
        """;

    /// <summary>
    /// A page of beatmapset events (<c>GET /beatmapsets/events</c>): a nomination, a disqualification with its
    /// discussion, a genre edit and a kind osu! may add later (<paramref name="newKind"/>).
    /// </summary>
    public static string BeatmapsetEvents(string newKind) => $$"""
        {"events":[
          {"id":3401,"type":"nominate","comment":{"modes":["osu"]},"created_at":"2026-01-01T00:00:00+00:00","user_id":{{MapperId}},"beatmapset":{{BeatmapsetFields(404040)}},"discussion":null},
          {"id":3402,"type":"disqualify","comment":{"beatmap_discussion_id":6100,"beatmap_discussion_post_id":9100,"nominator_ids":[{{MapperId}}],"reason":null},
           "created_at":"2026-01-02T00:00:00+00:00","user_id":{{PlayerId}},"beatmapset":{{BeatmapsetFields(404040)}},"discussion":{{Discussion(6100, withIncludes: false)}}},
          {"id":3403,"type":"genre_edit","comment":{"old":{"id":10,"name":"Electronic"},"new":{"id":5,"name":"Pop"} },"created_at":"2026-01-03T00:00:00+00:00","user_id":null,"beatmapset":{{BeatmapsetFields(404040)}},"discussion":null},
          {"id":3404,"type":"{{newKind}}","comment":[],"created_at":"2026-01-04T00:00:00+00:00","user_id":{{MapperId}},"beatmapset":{{BeatmapsetFields(404040)}},"discussion":null}],
         "reviewsConfig":{"max_blocks":10},"users":[{{UserCard(MapperId, MapperName)}},{{UserCard(PlayerId, "Skerry")}}]}
        """;

    private static string Discussion(long id, bool withIncludes) => $$"""
        {"id":{{id}},"beatmapset_id":404040,"beatmap_id":{{(id % 2 == 0 ? "null" : PlayBeatmapId.ToString(System.Globalization.CultureInfo.InvariantCulture))}},"user_id":{{PlayerId}},
         "deleted_by_id":null,"message_type":"problem","parent_id":null,"timestamp":{{(id % 2 == 0 ? "null" : "11215")}},"resolved":false,"can_be_resolved":true,
         "can_grant_kudosu":true,"created_at":"2026-01-01T00:00:00+00:00","updated_at":"2026-01-01T01:00:00+00:00","deleted_at":null,
         "last_post_at":"2026-01-01T01:00:00+00:00","kudosu_denied":false
         {{(withIncludes ? $",\"current_user_attributes\":{{\"can_destroy\":false,\"can_moderate_kudosu\":false,\"can_reopen\":false,\"can_resolve\":true,\"vote_score\":1}},\"starting_post\":{DiscussionPost(9000 + id, id, system: false)}" : "")}}}
        """;

    private static string DiscussionPost(long id, long discussionId, bool system) => $$"""
        {"beatmapset_discussion_id":{{discussionId}},"created_at":"2026-01-01T00:00:00+00:00","deleted_at":null,"deleted_by_id":null,"id":{{id}},
         "last_editor_id":null,"message":{{(system ? "\"{\\\"type\\\":\\\"resolved\\\",\\\"value\\\":true}\"" : "\"The slider at 00:11:215 overlaps the HUD.\"")}},"system":{{(system ? "true" : "false")}},
         "updated_at":"2026-01-01T00:00:00+00:00","user_id":{{PlayerId}}}
        """;
}
