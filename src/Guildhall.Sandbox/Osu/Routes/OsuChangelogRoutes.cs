using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/changelog</c> (streams and up to 21 builds, newest first; <c>stream</c>, <c>max_id</c>; no cursor),
/// <c>/changelog/{stream}/{version}</c> and <c>/changelog/{version, stream or id with key=id}</c>, each build with its
/// entries in the <c>message_formats[]</c> asked for (both by default). No token needed.
/// </summary>
internal static class OsuChangelogRoutes
{
    private const int ListingSize = 21;

    private static readonly string[] BuildFields = ["created_at", "display_version", "id", "users", "version", "youtube_id", "update_stream"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/changelog", Index).Requires(OsuScopes.None);
        api.MapGet("/changelog/{stream}/{build}", Show).Requires(OsuScopes.None);
        api.MapGet("/changelog/{changelog}", Lookup).Requires(OsuScopes.None);
    }

    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        var stream = OsuQuery.Present(request, "stream");
        var maxId = OsuQuery.Int(request, "max_id");
        var formats = Formats(request);
        lock (world.Sync)
        {
            var community = world.SiteContent;
            var builds = community.Builds
                .Where(b => stream is null || StreamOf(b) == stream)
                .Where(b => maxId is null || b["id"]!.ToInt64() <= maxId)
                .Take(ListingSize);
            var streams = community.Streams.Select(s =>
            {
                var result = (JsonObject)s.DeepClone();
                var latest = community.Builds.FirstOrDefault(b => StreamOf(b) == s["name"]!.GetValue<string>());
                result["latest_build"] = latest is null ? null : OsuJsonFields.Pick(latest, BuildFields);
                result["user_count"] = latest?["users"]!.ToInt64() ?? 0;
                return (JsonNode)result;
            });
            return OsuResponses.Json(new JsonObject
            {
                ["streams"] = new JsonArray([.. streams]),
                ["builds"] = new JsonArray([.. builds.Select(b => (JsonNode)WithEntries(b, formats))]),
                ["search"] = new JsonObject
                {
                    ["stream"] = stream,
                    ["from"] = OsuQuery.Present(request, "from"),
                    ["to"] = OsuQuery.Present(request, "to"),
                    ["max_id"] = maxId,
                    ["limit"] = ListingSize,
                },
            });
        }
    }

    private static IResult Show(HttpContext context, OsuWorld world, string stream, string build)
    {
        lock (world.Sync)
        {
            return Respond(context, world, world.SiteContent.Builds.FirstOrDefault(b => StreamOf(b) == stream && b["version"]!.GetValue<string>() == build));
        }
    }

    private static IResult Lookup(HttpContext context, OsuWorld world, string changelog)
    {
        var byId = OsuQuery.String(context.Request, "key") == "id";
        lock (world.Sync)
        {
            var builds = world.SiteContent.Builds;
            var found = byId
                ? builds.FirstOrDefault(b => b["id"]!.ToInt64().ToString(CultureInfo.InvariantCulture) == changelog)
                : builds.FirstOrDefault(b => b["version"]!.GetValue<string>() == changelog) ?? builds.FirstOrDefault(b => StreamOf(b) == changelog);
            return Respond(context, world, found);
        }
    }

    private static IResult Respond(HttpContext context, OsuWorld world, JsonObject? build)
    {
        if (build is null)
        {
            return OsuResponses.ModelNotFound("Build");
        }

        var result = WithEntries(build, Formats(context.Request));
        var sameStream = world.SiteContent.Builds.Where(b => StreamOf(b) == StreamOf(build)).ToList();
        var index = sameStream.IndexOf(build);
        result["versions"] = new JsonObject
        {
            ["next"] = index > 0 ? OsuJsonFields.Pick(sameStream[index - 1], BuildFields) : null,
            ["previous"] = index + 1 < sameStream.Count ? OsuJsonFields.Pick(sameStream[index + 1], BuildFields) : null,
        };
        return OsuResponses.Json(result);
    }

    private static JsonObject WithEntries(JsonObject build, HashSet<string> formats)
    {
        var result = OsuJsonFields.Pick(build, BuildFields);
        var entries = new JsonArray();
        foreach (var stored in build["changelog_entries"]!.AsArray())
        {
            var entry = (JsonObject)stored!.DeepClone();
            if (!formats.Contains("markdown"))
            {
                entry.Remove("message");
            }

            if (!formats.Contains("html"))
            {
                entry.Remove("message_html");
            }

            entries.Add((JsonNode)entry);
        }

        result["changelog_entries"] = entries;
        return result;
    }

    // osu-web sends both formats unless told otherwise.
    private static HashSet<string> Formats(HttpRequest request)
    {
        var asked = OsuQuery.Array(request, "message_formats").Where(f => f is "html" or "markdown").ToHashSet(StringComparer.Ordinal);
        return asked.Count == 0 ? ["html", "markdown"] : asked;
    }

    private static string StreamOf(JsonObject build) => build["update_stream"]!["name"]!.GetValue<string>();
}
