using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/beatmapsets/events</c>: newest first, filtered by <c>user</c>, <c>beatmapset_id</c>, <c>types[]</c> (or a single
/// <c>type</c>), <c>min_date</c>/<c>max_date</c> (days); <c>limit</c> 5–50 (default 25) and <c>page</c>. Each event carries
/// its set and, for discussion kinds, the discussion with its first post; <c>users</c> are those who caused them.
/// </summary>
internal static class OsuBeatmapsetEventRoutes
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/beatmapsets/events", Index).Requires(OsuScopes.Public);

    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var userId = OsuQuery.Int(request, "user");
        var setId = OsuQuery.Int(request, "beatmapset_id");
        var types = OsuQuery.Array(request, "types");
        if (OsuQuery.Present(request, "type") is { } single)
        {
            types.Add(single);
        }

        var minDate = Day(OsuQuery.Present(request, "min_date"));
        var maxDate = Day(OsuQuery.Present(request, "max_date"));
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 25, 5, 50);
        var page = Math.Max(1, OsuQuery.Int(request, "page") ?? 1);
        lock (world.Sync)
        {
            var community = world.SiteContent;
            var events = community.BeatmapsetEvents.Where(e =>
                    (userId is null || e["user_id"]?.ToInt64() == userId)
                    && (setId is null || e["beatmapset_id"]!.ToInt64() == setId)
                    && (types.Count == 0 || types.Contains(e["type"]!.GetValue<string>()))
                    && (minDate is null || DateOnly.FromDateTime(Created(e).UtcDateTime) >= minDate)
                    && (maxDate is null || DateOnly.FromDateTime(Created(e).UtcDateTime) <= maxDate))
                .Skip((page - 1) * limit)
                .Take(limit)
                .ToList();
            var body = new JsonObject
            {
                ["events"] = new JsonArray([.. events.Select(e => (JsonNode)Present(world, e))]),
                ["reviewsConfig"] = new JsonObject { ["max_blocks"] = 10 },
                ["users"] = new JsonArray([.. events.Select(e => e["user_id"]?.ToInt64()).OfType<long>().Distinct().Order()
                    .Select(id => world.Users.GetValueOrDefault(id)).OfType<OsuUser>()
                    .Select(u => (JsonNode)OsuUserPresenter.Compact(u))]),
            };
            return OsuResponses.Json(body);
        }
    }

    private static JsonObject Present(OsuWorld world, JsonObject stored)
    {
        var set = world.Beatmapsets[stored["beatmapset_id"]!.ToInt64()];
        var beatmapset = OsuBeatmapsetPresenter.Compact(set);
        beatmapset["user"] = OsuUserPresenter.Compact(world.Users[set.UserId]);
        JsonObject? discussion = null;
        if (stored["discussion_id"]?.ToInt64() is { } discussionId)
        {
            discussion = (JsonObject)world.SiteContent.Discussions.First(d => d["id"]!.ToInt64() == discussionId).DeepClone();
            discussion["starting_post"] = world.SiteContent.DiscussionPosts.First(p => p["beatmapset_discussion_id"]!.ToInt64() == discussionId).DeepClone();
        }

        return new JsonObject
        {
            ["id"] = stored["id"]!.DeepClone(),
            ["type"] = stored["type"]!.DeepClone(),
            ["comment"] = stored["comment"]?.DeepClone(),
            ["created_at"] = stored["created_at"]!.DeepClone(),
            ["user_id"] = stored["user_id"]?.DeepClone(),
            ["beatmapset"] = beatmapset,
            ["discussion"] = discussion,
        };
    }

    private static DateTimeOffset Created(JsonObject stored) => OsuJsonTime.Parse(stored["created_at"]!.GetValue<string>());

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
