using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the modding of beatmapsets: discussions on the sets of the roster's mappers (problems, suggestions, praise,
/// a review with its blocks), their posts (first posts, replies and the system posts of resolving) and votes, and
/// beatmapset events of every kind osu-web knows.
/// </summary>
internal static class OsuModdingSeeder
{
    /// <summary>Every beatmapset event type of osu-web's <c>BeatmapsetEvent</c>.</summary>
    public static IReadOnlyList<string> EventTypes { get; } =
    [
        "nominate", "love", "remove_from_loved", "qualify", "disqualify", "approve", "rank", "kudosu_allow", "kudosu_deny",
        "kudosu_gain", "kudosu_lost", "kudosu_recalculate", "issue_resolve", "issue_reopen", "discussion_lock",
        "discussion_unlock", "discussion_delete", "discussion_restore", "discussion_post_delete", "discussion_post_restore",
        "nomination_reset", "nomination_reset_received", "genre_edit", "language_edit", "nsfw_toggle", "offset_edit",
        "tags_edit", "beatmap_owner_change",
    ];

    private static readonly string[] MessageTypes = ["problem", "suggestion", "praise", "mapper_note", "hype", "suggestion"];

    public static void Seed(OsuWorld world, OsuSiteContent community, DateTimeOffset now)
    {
        var users = world.Users.Values.OrderBy(u => u.Id).Where(u => !u.IsBot).Take(25).ToList();
        var sets = world.Beatmapsets.Values.OrderBy(s => s.Id).Take(10).ToList();
        var discussionId = 5_600_000L;
        var postId = 19_000_000L;
        var voteId = 8_000_000L;
        for (var s = 0; s < sets.Count; s++)
        {
            var set = sets[s];
            for (var d = 0; d < 12; d++)
            {
                var id = discussionId++;
                var author = users[(s + d) % users.Count];
                var created = now.AddDays(-(sets.Count - s) * 10).AddHours(d * 3);
                var type = MessageTypes[(s + d) % MessageTypes.Length];
                var resolvable = type is "problem" or "suggestion";
                var resolved = resolvable && d % 2 == 0;
                var beatmap = d % 3 == 0 ? null : set.Beatmaps[d % set.Beatmaps.Count];
                var posts = new List<JsonObject> { Post(postId++, id, author.Id, $"{type} at {d}:{d * 7 % 60:00}", system: false, created) };
                if (d % 3 != 2)
                {
                    posts.Add(Post(postId++, id, set.UserId, "Fixed, thanks.", system: false, created.AddHours(1)));
                }

                if (resolved)
                {
                    posts.Add(Post(postId++, id, set.UserId, """{"type":"resolved","value":true}""", system: true, created.AddHours(2)));
                }

                community.DiscussionPosts.AddRange(posts);
                community.Discussions.Add(new JsonObject
                {
                    ["id"] = id,
                    ["beatmapset_id"] = set.Id,
                    ["beatmap_id"] = beatmap?.Id,
                    ["user_id"] = author.Id,
                    ["deleted_by_id"] = null,
                    ["message_type"] = type,
                    ["parent_id"] = null,
                    ["timestamp"] = beatmap is null ? null : (d * 7919) % 180_000,
                    ["resolved"] = resolved,
                    ["can_be_resolved"] = resolvable,
                    ["can_grant_kudosu"] = type != "praise",
                    ["created_at"] = OsuJsonTime.Offset(created),
                    ["updated_at"] = posts[^1]["updated_at"]!.DeepClone(),
                    ["deleted_at"] = null,
                    ["last_post_at"] = posts[^1]["created_at"]!.DeepClone(),
                    ["kudosu_denied"] = false,
                });

                for (var v = 0; v < d % 4; v++)
                {
                    var voter = users[(s + d + v + 3) % users.Count];
                    var at = OsuJsonTime.Offset(created.AddHours(3 + v));
                    community.DiscussionVotes.Add(new JsonObject
                    {
                        ["beatmapset_discussion_id"] = id,
                        ["created_at"] = at,
                        ["id"] = voteId++,
                        ["score"] = v == 2 ? -1 : 1,
                        ["updated_at"] = at,
                        ["user_id"] = voter.Id,
                    });
                }
            }
        }

        SeedEvents(community, sets, users, now);
    }

    private static JsonObject Post(long id, long discussionId, long userId, string message, bool system, DateTimeOffset created) => new()
    {
        ["beatmapset_discussion_id"] = discussionId,
        ["created_at"] = OsuJsonTime.Offset(created),
        ["deleted_at"] = null,
        ["deleted_by_id"] = null,
        ["id"] = id,
        ["last_editor_id"] = null,
        ["message"] = message,
        ["system"] = system,
        ["updated_at"] = OsuJsonTime.Offset(created),
        ["user_id"] = userId,
    };

    // Four rounds of every type, newest first, each about a set and (for discussion kinds) one of its discussions.
    private static void SeedEvents(OsuSiteContent community, List<OsuBeatmapset> sets, List<OsuUser> users, DateTimeOffset now)
    {
        var events = new List<JsonObject>();
        var id = 3_400_000L;
        for (var round = 0; round < 4; round++)
        {
            for (var t = 0; t < EventTypes.Count; t++)
            {
                var n = (round * EventTypes.Count) + t;
                var type = EventTypes[t];
                var set = sets[n % sets.Count];
                var discussion = community.Discussions.Where(d => d["beatmapset_id"]!.ToInt64() == set.Id).ElementAt(n % 12);
                var post = community.DiscussionPosts.First(p => p["beatmapset_discussion_id"]!.ToInt64() == discussion["id"]!.ToInt64());
                var aboutDiscussion = type.StartsWith("kudosu", StringComparison.Ordinal) || type.StartsWith("issue", StringComparison.Ordinal)
                    || (type.StartsWith("discussion_", StringComparison.Ordinal) && type is not ("discussion_lock" or "discussion_unlock"))
                    || type is "disqualify" or "nomination_reset";
                events.Add(new JsonObject
                {
                    ["id"] = id++,
                    ["type"] = type,
                    ["comment"] = Comment(type, discussion, post, users[n % users.Count]),
                    ["created_at"] = OsuJsonTime.Offset(now.AddHours(-(4 * EventTypes.Count) + n)),
                    ["user_id"] = type is "kudosu_recalculate" or "rank" ? null : users[n % users.Count].Id,
                    ["beatmapset_id"] = set.Id,
                    ["discussion_id"] = aboutDiscussion ? discussion["id"]!.ToInt64() : null,
                });
            }
        }

        events.Reverse();
        community.BeatmapsetEvents.AddRange(events);
    }

    private static JsonObject? Comment(string type, JsonObject discussion, JsonObject post, OsuUser user) => type switch
    {
        "nominate" => new JsonObject { ["modes"] = new JsonArray("osu") },
        "disqualify" or "nomination_reset" => new JsonObject
        {
            ["beatmap_discussion_id"] = discussion["id"]!.DeepClone(),
            ["beatmap_discussion_post_id"] = post["id"]!.DeepClone(),
            ["nominator_ids"] = new JsonArray(user.Id),
            ["reason"] = null,
        },
        "kudosu_gain" or "kudosu_lost" => new JsonObject
        {
            ["beatmap_discussion_id"] = discussion["id"]!.DeepClone(),
            ["new_vote"] = new JsonObject { ["user_id"] = user.Id, ["score"] = type == "kudosu_gain" ? 1 : -1 },
            ["votes"] = new JsonArray(new JsonObject { ["user_id"] = user.Id, ["score"] = 1 }),
        },
        "genre_edit" => new JsonObject { ["old"] = OsuCatalog.Genre(10), ["new"] = OsuCatalog.Genre(5) },
        "language_edit" => new JsonObject { ["old"] = OsuCatalog.Language(5), ["new"] = OsuCatalog.Language(3) },
        "nsfw_toggle" => new JsonObject { ["old"] = false, ["new"] = true },
        "offset_edit" => new JsonObject { ["old"] = 0, ["new"] = 15 },
        "tags_edit" => new JsonObject { ["old"] = "harbour", ["new"] = "harbour lanterns" },
        "beatmap_owner_change" => new JsonObject { ["beatmap_id"] = discussion["beatmap_id"]?.DeepClone(), ["new_user_id"] = user.Id, ["new_user_username"] = user.Username },
        "issue_resolve" or "issue_reopen" or "kudosu_allow" or "kudosu_deny" or "discussion_delete" or "discussion_restore" => new JsonObject
        {
            ["beatmap_discussion_id"] = discussion["id"]!.DeepClone(),
            ["beatmap_discussion_post_id"] = null,
        },
        "discussion_post_delete" or "discussion_post_restore" => new JsonObject
        {
            ["beatmap_discussion_id"] = discussion["id"]!.DeepClone(),
            ["beatmap_discussion_post_id"] = post["id"]!.DeepClone(),
        },
        "discussion_lock" => new JsonObject { ["reason"] = "Locked while the mapper is away." },
        _ => null,
    };
}
