using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/comments</c> (a comment bundle: <c>commentable_type</c> + <c>commentable_id</c>, <c>parent_id</c> with 0 for top
/// level, <c>sort</c> new/old/top, <c>limit</c> 1–100 default 50, cursor object <c>cursor[created_at]</c>,
/// <c>cursor[id]</c> and for top <c>cursor[votes_count]</c>; no <c>cursor_string</c>) and <c>/comments/{id}</c> (the
/// comment with its replies). No token needed.
/// </summary>
internal static class OsuCommentRoutes
{
    private static readonly string[] CommentableTypes = ["beatmapset", "build", "news_post"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/comments", Index).Requires(OsuScopes.None);
        api.MapGet("/comments/{comment}", Show).Requires(OsuScopes.None);
    }

    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var type = OsuQuery.Present(request, "commentable_type");
        var targetId = OsuQuery.Int(request, "commentable_id");
        if (type is not null && !CommentableTypes.Contains(type))
        {
            return OsuResponses.Invalid("invalid commentable_type");
        }

        var parentId = OsuQuery.Int(request, "parent_id");
        var sort = OsuQuery.Present(request, "sort") is "old" or "top" ? OsuQuery.Present(request, "sort")! : "new";
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 50, 1, 100);
        var cursor = OsuCursor.FromRequest(request);
        lock (world.Sync)
        {
            var all = world.SiteContent.Comments;
            var scope = all.Where(c => type is null || (Type(c) == type && c["commentable_id"]!.ToInt64() == targetId)).ToList();
            var listed = Sorted(scope.Where(c => parentId is null || (parentId == 0 ? c["parent_id"] is null : c["parent_id"]?.ToInt64() == parentId)), sort)
                .Where(c => cursor is null || IsAfter(c, cursor, sort))
                .ToList();
            var page = listed.Take(limit).ToList();
            var hasMore = listed.Count > page.Count;
            var pinned = type is null ? [] : scope.Where(c => c["pinned"]!.GetValue<bool>()).ToList();
            var counts = new JsonObject
            {
                ["cursor"] = hasMore ? CursorOf(page[^1], sort) : null,
                ["top_level_count"] = scope.Count(c => c["parent_id"] is null),
                ["total"] = scope.Count,
            };
            return OsuResponses.Json(Bundle(world, page, Related(all, page), pinned, sort, hasMore, parentId, counts));
        }
    }

    private static IResult Show(HttpContext context, OsuWorld world, string comment)
    {
        lock (world.Sync)
        {
            var all = world.SiteContent.Comments;
            var found = long.TryParse(comment, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? all.FirstOrDefault(c => c["id"]!.ToInt64() == id) : null;
            if (found is null)
            {
                return OsuResponses.ModelNotFound("Comment");
            }

            return OsuResponses.Json(Bundle(world, [found], Related(all, [found]), [], "new", hasMore: false, found["id"]!.ToInt64(), new JsonObject { ["cursor"] = null }));
        }
    }

    // The replies to the page's comments and the comments they reply to.
    private static List<JsonObject> Related(List<JsonObject> all, List<JsonObject> page)
    {
        var ids = page.Select(c => c["id"]!.ToInt64()).ToHashSet();
        var parents = page.Select(c => c["parent_id"]?.ToInt64()).OfType<long>().ToHashSet();
        return [.. all.Where(c => !ids.Contains(c["id"]!.ToInt64())
            && ((c["parent_id"]?.ToInt64() is { } parent && ids.Contains(parent)) || parents.Contains(c["id"]!.ToInt64())))];
    }

    // The bundle in osu-web's order; the listing's counts (or the single comment's cursor) go between sort and meta.
    private static JsonObject Bundle(
        OsuWorld world, List<JsonObject> comments, List<JsonObject> included, List<JsonObject> pinned, string sort, bool hasMore, long? hasMoreId, JsonObject beforeMeta)
    {
        var everything = comments.Concat(included).Concat(pinned).ToList();
        var users = everything.Select(c => c["user_id"]?.ToInt64()).OfType<long>().Distinct().Order()
            .Select(id => world.Users.GetValueOrDefault(id)).OfType<OsuUser>().Select(u => (JsonNode)OsuUserPresenter.Compact(u));
        var targets = everything.Select(c => (Type: Type(c), Id: c["commentable_id"]!.ToInt64())).Distinct();
        var body = new JsonObject
        {
            ["comments"] = Copy(comments),
            ["has_more"] = hasMore,
            ["has_more_id"] = hasMoreId,
            ["included_comments"] = Copy(included),
            ["pinned_comments"] = Copy(pinned),
            ["user_votes"] = new JsonArray(),
            ["user_follow"] = false,
            ["users"] = new JsonArray([.. users]),
            ["sort"] = sort,
        };
        foreach (var (name, value) in beforeMeta.ToList())
        {
            body[name] = value?.DeepClone();
        }

        body["commentable_meta"] = new JsonArray([.. targets.Select(t => (JsonNode)Meta(world, t.Type, t.Id))]);
        return body;
    }

    private static JsonObject Meta(OsuWorld world, string type, long id)
    {
        var community = world.SiteContent;
        var (title, url, ownerId) = type switch
        {
            "news_post" when community.NewsPosts.FirstOrDefault(p => p["id"]!.ToInt64() == id) is { } post =>
                (post["title"]!.GetValue<string>(), $"https://osu.ppy.sh/home/news/{post["slug"]!.GetValue<string>()}", (long?)null),
            "build" when community.Builds.FirstOrDefault(b => b["id"]!.ToInt64() == id) is { } build =>
                (build["display_version"]!.GetValue<string>(), $"https://osu.ppy.sh/home/changelog/{build["update_stream"]!["name"]!.GetValue<string>()}/{build["version"]!.GetValue<string>()}", null),
            "beatmapset" when world.Beatmapsets.GetValueOrDefault(id) is { } set =>
                ($"{set.Artist} - {set.Title}", $"https://osu.ppy.sh/beatmapsets/{id}", set.UserId),
            _ => ((string?)null, (string?)null, (long?)null),
        };
        return title is null
            ? new JsonObject { ["title"] = "Deleted Item" }
            : new JsonObject
            {
                ["current_user_attributes"] = new JsonObject { ["can_new_comment_reason"] = null },
                ["id"] = id,
                ["type"] = type,
                ["title"] = title,
                ["url"] = url,
                ["owner_id"] = ownerId,
                ["owner_title"] = ownerId is null ? null : "MAPPER",
                ["locked"] = false,
            };
    }

    private static IEnumerable<JsonObject> Sorted(IEnumerable<JsonObject> comments, string sort) => sort switch
    {
        "old" => comments.OrderBy(Created).ThenBy(Id),
        "top" => comments.OrderByDescending(Votes).ThenByDescending(Created).ThenByDescending(Id),
        _ => comments.OrderByDescending(Created).ThenByDescending(Id),
    };

    private static bool IsAfter(JsonObject comment, JsonObject cursor, string sort)
    {
        var created = OsuCursorValue.String(cursor["created_at"]) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        var id = OsuCursorValue.Long(cursor["id"]);
        if (created is null || id is null)
        {
            return true;
        }

        var byTime = Created(comment).CompareTo(created.Value) is var c && c != 0 ? c : Id(comment).CompareTo(id.Value);
        return sort switch
        {
            "old" => byTime > 0,
            "top" when OsuCursorValue.Long(cursor["votes_count"]) is { } votes => Votes(comment) < votes || (Votes(comment) == votes && byTime < 0),
            _ => byTime < 0,
        };
    }

    private static JsonObject CursorOf(JsonObject comment, string sort)
    {
        var cursor = new JsonObject { ["created_at"] = OsuNewsSeeder.Micro(Created(comment)), ["id"] = Id(comment) };
        if (sort == "top")
        {
            cursor["votes_count"] = Votes(comment);
        }

        return cursor;
    }

    private static JsonArray Copy(IEnumerable<JsonObject> comments) => new([.. comments.Select(c => c.DeepClone())]);

    private static string Type(JsonObject comment) => comment["commentable_type"]!.GetValue<string>();

    private static DateTimeOffset Created(JsonObject comment) => OsuJsonTime.Parse(comment["created_at"]!.GetValue<string>());

    private static long Id(JsonObject comment) => comment["id"]!.ToInt64();

    private static long Votes(JsonObject comment) => comment["votes_count"]!.ToInt64();
}
