using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/beatmapsets/discussions</c>, <c>/discussions/posts</c> and <c>/discussions/votes</c>: filtered, <c>sort</c> id_desc
/// (default) or id_asc, <c>limit</c> 5–50 (default 50), paged by <c>page</c> or a cursor <c>{page, limit}</c>; each page
/// with the beatmaps, sets and users it refers to. User filters are read as <c>user</c> and <c>receiver</c>.
/// </summary>
internal static class OsuDiscussionRoutes
{
    private const int DefaultLimit = 50;

    private static readonly string[] StartingPostFields =
        ["beatmapset_discussion_id", "created_at", "deleted_at", "deleted_by_id", "id", "last_editor_id", "message", "system", "updated_at", "user_id"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/beatmapsets/discussions", Discussions).Requires(OsuScopes.Public);
        api.MapGet("/beatmapsets/discussions/posts", Posts).Requires(OsuScopes.Public);
        api.MapGet("/beatmapsets/discussions/votes", Votes).Requires(OsuScopes.Public);
    }

    private static IResult Discussions(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var setId = OsuQuery.Int(request, "beatmapset_id");
        var beatmapId = OsuQuery.Int(request, "beatmap_id");
        var userId = OsuQuery.Int(request, "user");
        var types = OsuQuery.Array(request, "message_types");
        var unresolved = OsuQuery.Bool(request, "only_unresolved") == true;
        var status = OsuQuery.Present(request, "beatmapset_status") ?? "all";
        lock (world.Sync)
        {
            var community = world.SiteContent;
            var matching = community.Discussions.Where(d =>
                (setId is null || d["beatmapset_id"]!.ToInt64() == setId)
                && (beatmapId is null || d["beatmap_id"]?.ToInt64() == beatmapId)
                && (userId is null || d["user_id"]!.ToInt64() == userId)
                && (types.Count == 0 || types.Contains(d["message_type"]!.GetValue<string>()))
                && (!unresolved || (d["can_be_resolved"]!.GetValue<bool>() && !d["resolved"]!.GetValue<bool>()))
                && StatusMatches(world.Beatmapsets[d["beatmapset_id"]!.ToInt64()], status));
            var (page, body) = Page(request, matching);
            var discussions = page.Select(d => WithIncludes(community, d)).ToList();
            var setIds = page.Select(d => d["beatmapset_id"]!.ToInt64()).Distinct().ToList();
            var result = new JsonObject
            {
                ["beatmaps"] = new JsonArray([.. page.Select(d => d["beatmap_id"]?.ToInt64()).OfType<long>().Distinct()
                    .Select(id => (JsonNode)OsuBeatmapPresenter.Base(world.Beatmaps[id]))]),
                ["beatmapsets"] = new JsonArray([.. setIds.Select(id => (JsonNode)OsuBeatmapsetPresenter.Base(world.Beatmapsets[id]))]),
                ["discussions"] = new JsonArray([.. discussions]),
                ["included_discussions"] = new JsonArray(),
                ["reviews_config"] = new JsonObject { ["max_blocks"] = 10 },
                ["users"] = Users(world, page.Select(d => d["user_id"]!.ToInt64()), groups: true),
            };
            return Finish(result, body);
        }
    }

    private static IResult Posts(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var discussionId = OsuQuery.Int(request, "beatmapset_discussion_id");
        var userId = OsuQuery.Int(request, "user");
        var types = OsuQuery.Array(request, "types");
        if (types.Count == 0)
        {
            types = ["reply"];
        }

        lock (world.Sync)
        {
            var community = world.SiteContent;
            var firstPosts = community.DiscussionPosts.GroupBy(p => p["beatmapset_discussion_id"]!.ToInt64()).Select(g => g.First()["id"]!.ToInt64()).ToHashSet();
            var matching = community.DiscussionPosts.Where(p =>
                (discussionId is null || p["beatmapset_discussion_id"]!.ToInt64() == discussionId)
                && (userId is null || p["user_id"]!.ToInt64() == userId)
                && types.Contains(p["system"]!.GetValue<bool>() ? "system" : firstPosts.Contains(p["id"]!.ToInt64()) ? "first" : "reply"));
            var (page, body) = Page(request, matching);
            var discussions = page.Select(p => p["beatmapset_discussion_id"]!.ToInt64()).Distinct()
                .Select(id => community.Discussions.First(d => d["id"]!.ToInt64() == id)).ToList();
            var result = new JsonObject
            {
                ["beatmapsets"] = new JsonArray([.. discussions.Select(d => d["beatmapset_id"]!.ToInt64()).Distinct()
                    .Select(id => (JsonNode)OsuBeatmapsetPresenter.Compact(world.Beatmapsets[id]))]),
                ["discussions"] = new JsonArray([.. discussions.Select(d => d.DeepClone())]),
                ["posts"] = new JsonArray([.. page.Select(p => p.DeepClone())]),
                ["users"] = Users(world, page.Select(p => p["user_id"]!.ToInt64()), groups: false),
            };
            return Finish(result, body);
        }
    }

    private static IResult Votes(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var discussionId = OsuQuery.Int(request, "beatmapset_discussion_id");
        var userId = OsuQuery.Int(request, "user");
        var receiverId = OsuQuery.Int(request, "receiver");
        var score = OsuQuery.Int(request, "score");
        lock (world.Sync)
        {
            var community = world.SiteContent;
            var authors = community.Discussions.ToDictionary(d => d["id"]!.ToInt64(), d => d["user_id"]!.ToInt64());
            var matching = community.DiscussionVotes.Where(v =>
                (discussionId is null || v["beatmapset_discussion_id"]!.ToInt64() == discussionId)
                && (userId is null || v["user_id"]!.ToInt64() == userId)
                && (receiverId is null || authors[v["beatmapset_discussion_id"]!.ToInt64()] == receiverId)
                && (score is null || v["score"]!.ToInt64() == score));
            var (page, body) = Page(request, matching);
            var discussions = page.Select(v => v["beatmapset_discussion_id"]!.ToInt64()).Distinct()
                .Select(id => community.Discussions.First(d => d["id"]!.ToInt64() == id)).ToList();
            var result = new JsonObject
            {
                ["discussions"] = new JsonArray([.. discussions.Select(d => d.DeepClone())]),
                ["users"] = Users(world, page.Select(v => v["user_id"]!.ToInt64()).Concat(discussions.Select(d => d["user_id"]!.ToInt64())), groups: true),
                ["votes"] = new JsonArray([.. page.Select(v => v.DeepClone())]),
            };
            return Finish(result, body);
        }
    }

    /// <summary>One page of the rows in the asked order, and the cursor of the next page (or <see langword="null"/>).</summary>
    private static (List<JsonObject> Page, JsonObject? Next) Page(HttpRequest request, IEnumerable<JsonObject> rows)
    {
        var cursor = OsuCursor.FromRequest(request);
        var limit = Math.Clamp((int?)OsuCursorValue.Long(cursor?["limit"]) ?? OsuQuery.Int(request, "limit") ?? DefaultLimit, 5, 50);
        var page = Math.Max(1, (int?)OsuCursorValue.Long(cursor?["page"]) ?? OsuQuery.Int(request, "page") ?? 1);
        var ordered = OsuQuery.String(request, "sort") == "id_asc" ? rows.OrderBy(r => r["id"]!.ToInt64()) : rows.OrderByDescending(r => r["id"]!.ToInt64());
        var window = ordered.Skip((page - 1) * limit).Take(limit + 1).ToList();
        return ([.. window.Take(limit)], window.Count > limit ? new JsonObject { ["page"] = page + 1, ["limit"] = limit } : null);
    }

    private static IResult Finish(JsonObject result, JsonObject? next)
    {
        OsuCursor.AddTo(result, next);
        return OsuResponses.Json(result);
    }

    private static JsonObject WithIncludes(OsuSiteContent community, JsonObject discussion)
    {
        var result = (JsonObject)discussion.DeepClone();
        var id = discussion["id"]!.ToInt64();
        result["current_user_attributes"] = new JsonObject
        {
            ["can_destroy"] = false,
            ["can_moderate_kudosu"] = false,
            ["can_reopen"] = false,
            ["can_resolve"] = false,
            ["vote_score"] = 0,
        };
        result["starting_post"] = OsuJsonFields.Pick(community.DiscussionPosts.First(p => p["beatmapset_discussion_id"]!.ToInt64() == id), StartingPostFields);
        return result;
    }

    private static JsonArray Users(OsuWorld world, IEnumerable<long> ids, bool groups) =>
        new([.. ids.Distinct().Order().Select(id => world.Users.GetValueOrDefault(id)).OfType<OsuUser>().Select(u =>
        {
            var user = OsuUserPresenter.Compact(u);
            if (groups)
            {
                user["groups"] = u.Profile["groups"]!.DeepClone();
            }

            return (JsonNode)user;
        })]);

    private static bool StatusMatches(OsuBeatmapset set, string status) => status switch
    {
        "ranked" => set.Status is "ranked" or "approved",
        "qualified" => set.Status == "qualified",
        "never_qualified" => set.Status is "pending" or "wip" or "graveyard",
        "disqualified" => false,
        _ => true,
    };
}
