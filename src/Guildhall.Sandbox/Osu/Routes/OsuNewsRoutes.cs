using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/news</c> (newest first, <c>limit</c> 1–21 default 12, <c>year</c>, cursor <c>{published_at, id}</c>, with the
/// sidebar) and <c>/news/{slug}</c> (or an id with <c>key=id</c>), with content and neighbours. No token needed.
/// </summary>
internal static class OsuNewsRoutes
{
    private static readonly string[] ListingFields = ["id", "author", "edit_url", "first_image", "first_image@2x", "published_at", "updated_at", "slug", "title"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/news", Index).Requires(OsuScopes.None);
        api.MapGet("/news/{news}", Show).Requires(OsuScopes.None);
    }

    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 12, 1, 21);
        var year = OsuQuery.Int(request, "year");
        var after = OsuCursorValue.Long(OsuCursor.FromRequest(request)?["id"]);
        lock (world.Sync)
        {
            var posts = world.SiteContent.NewsPosts;
            var matching = posts.Where(p => year is null || Published(p).Year == year).Where(p => after is null || p["id"]!.ToInt64() < after).ToList();
            var page = matching.Take(limit).ToList();
            var sidebarYear = year ?? (posts.Count == 0 ? 0 : Published(posts[0]).Year);
            var body = new JsonObject
            {
                ["news_posts"] = new JsonArray([.. page.Select(p => (JsonNode)Listed(p, withPreview: true))]),
                ["news_sidebar"] = new JsonObject
                {
                    ["current_year"] = sidebarYear,
                    ["news_posts"] = new JsonArray([.. posts.Where(p => Published(p).Year == sidebarYear).Select(p => (JsonNode)Listed(p, withPreview: false))]),
                    ["years"] = new JsonArray([.. posts.Select(p => Published(p).Year).Distinct().OrderDescending().Select(y => (JsonNode)y)]),
                },
                ["search"] = new JsonObject { ["limit"] = limit, ["sort"] = "published_desc", ["year"] = year },
            };
            var last = matching.Count > page.Count ? page[^1] : null;
            OsuCursor.AddTo(body, last is null ? null : new JsonObject { ["published_at"] = last["published_at"]!.DeepClone(), ["id"] = last["id"]!.DeepClone() });
            return OsuResponses.Json(body);
        }
    }

    private static IResult Show(HttpContext context, OsuWorld world, string news)
    {
        var byId = OsuQuery.String(context.Request, "key") == "id";
        lock (world.Sync)
        {
            var posts = world.SiteContent.NewsPosts;
            var index = posts.FindIndex(p => byId ? p["id"]!.ToInt64().ToString(CultureInfo.InvariantCulture) == news : p["slug"]!.GetValue<string>() == news);
            if (index < 0)
            {
                return OsuResponses.ModelNotFound("NewsPost");
            }

            var post = Listed(posts[index], withPreview: false);
            post["content"] = posts[index]["content"]!.DeepClone();
            post["navigation"] = new JsonObject
            {
                ["newer"] = index > 0 ? Listed(posts[index - 1], withPreview: false) : null,
                ["older"] = index + 1 < posts.Count ? Listed(posts[index + 1], withPreview: false) : null,
            };
            return OsuResponses.Json(post);
        }
    }

    private static JsonObject Listed(JsonObject post, bool withPreview)
    {
        var result = OsuJsonFields.Pick(post, ListingFields);
        if (withPreview)
        {
            result["preview"] = post["preview"]!.DeepClone();
        }

        return result;
    }

    private static DateTimeOffset Published(JsonObject post) => OsuJsonTime.Parse(post["published_at"]!.GetValue<string>());
}
