

using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/search</c>: users and wiki pages. <c>mode=all</c> (default) returns the first 6 users and 8 pages;
/// <c>mode=user</c> pages by 20 (<c>page</c>, only the first 100 users reachable), <c>mode=wiki_page</c> by 50.
/// Each section is <c>{data, total}</c>; without a query nothing is searched.
/// </summary>
internal static class OsuSearchRoutes
{
    private const int MaxUserResults = 100;

    private static readonly string[] WikiTextFields = ["title", "path", "markdown"];

    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/search", Search).Requires(OsuScopes.Public);

    private static IResult Search(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var mode = OsuQuery.Present(request, "mode") ?? "all";
        var query = (OsuQuery.String(request, "query") ?? "").Trim();
        var page = Math.Max(1, OsuQuery.Int(request, "page") ?? 1);
        var body = new JsonObject();
        lock (world.Sync)
        {
            if (mode is "all" or "user")
            {
                var (size, from) = mode == "all" ? (6, 0) : (20, (page - 1) * 20);
                var users = query.Length == 0 ? [] : world.Users.Values
                    .Where(u => u.Username.Contains(query, StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(u => string.Equals(u.Username, query, StringComparison.OrdinalIgnoreCase))
                    .ThenByDescending(u => u.Username.StartsWith(query, StringComparison.OrdinalIgnoreCase))
                    .ThenBy(u => u.Username, StringComparer.OrdinalIgnoreCase)
                    .ToList();
                var data = users.Take(MaxUserResults).Skip(from).Take(size).Select(u => (JsonNode)OsuUserPresenter.Compact(u));
                body["user"] = new JsonObject { ["data"] = new JsonArray([.. data]), ["total"] = users.Count };
            }

            if (mode is "all" or "wiki_page")
            {
                var (size, from) = mode == "all" ? (8, 0) : (50, (page - 1) * 50);
                var pages = query.Length == 0 ? [] : world.WikiPages.Where(p => Matches(p, query)).ToList();
                body["wiki_page"] = new JsonObject
                {
                    ["data"] = new JsonArray([.. pages.Skip(from).Take(size).Select(p => p.DeepClone())]),
                    ["total"] = pages.Count,
                };
            }
        }

        return OsuResponses.Json(body);
    }

    private static bool Matches(JsonObject page, string query) =>
        WikiTextFields.Any(f => page[f]?.GetValue<string>().Contains(query, StringComparison.OrdinalIgnoreCase) == true)
        || page["tags"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), query, StringComparison.OrdinalIgnoreCase));
}
