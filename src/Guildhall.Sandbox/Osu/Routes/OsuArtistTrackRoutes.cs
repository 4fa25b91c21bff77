using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/beatmaps/artists/tracks</c>: the featured artist track search, a website route (not under <c>/api/v2</c>) that
/// answers JSON only when asked for it with <c>Accept: application/json</c>, and otherwise the site's HTML page. Filters
/// <c>query</c>, <c>artist</c>, <c>album</c>, <c>genre</c>, <c>bpm[gte]</c>/<c>bpm[lte]</c>, <c>exclusive_only</c>;
/// <c>sort</c> <c>{title,artist,bpm,length,update}_{asc,desc}</c> (default <c>update_desc</c>); <c>limit</c> 1–50
/// (default 50); cursor <c>{sort value, id}</c>.
/// </summary>
internal static class OsuArtistTrackRoutes
{
    private const int DefaultLimit = 50;

    public static void Map(IEndpointRouteBuilder site) => site.MapGet("/beatmaps/artists/tracks", Index);

    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        if (!request.Headers.Accept.Any(value => value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return Results.Content("<!DOCTYPE html><html><head><title>featured artists tracks | osu!</title></head><body></body></html>", "text/html; charset=utf-8");
        }

        var sort = OsuQuery.Present(request, "sort") ?? "update_desc";
        var (field, ascending) = ParseSort(sort);
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? DefaultLimit, 1, DefaultLimit);
        lock (world.Sync)
        {
            var tracks = Filter(request, world.SiteContent.ArtistTracks);
            var ordered = (ascending ? tracks.OrderBy(t => SortKey(t, field)) : tracks.OrderByDescending(t => SortKey(t, field)))
                .ThenBy(t => ascending ? t["id"]!.ToInt64() : -t["id"]!.ToInt64())
                .ToList();
            var rest = After(ordered, OsuCursor.FromRequest(request), field, ascending);
            var page = rest.Take(limit).ToList();
            var body = new JsonObject
            {
                ["artist_tracks"] = new JsonArray([.. page.Select(t => t.DeepClone())]),
                ["search"] = new JsonObject { ["is_default_sort"] = sort == "update_desc", ["sort"] = sort },
            };
            if (OsuQuery.Bool(request, "exclusive_only") is { } exclusive)
            {
                body["search"]!["exclusive_only"] = exclusive;
            }

            var last = page.Count < rest.Count ? page[^1] : null;
            OsuCursor.AddTo(body, last is null ? null : new JsonObject { [CursorField(field)] = CursorValue(last, field), ["id"] = last["id"]!.ToInt64() });
            return OsuResponses.Json(body);
        }
    }

    // Keyset paging as osu-web's cursors do: the tracks after (sort value, id) in the order, so a cursor whose track has
    // gone (or never existed) still goes on from where it points. A cursor without both fields starts at the top.
    private static List<JsonObject> After(List<JsonObject> ordered, JsonObject? cursor, string field, bool ascending)
    {
        if (cursor is null || OsuCursorValue.Long(cursor["id"]) is not { } lastId || CursorKey(cursor[CursorField(field)], field) is not { } lastKey)
        {
            return ordered;
        }

        return [.. ordered.Where(t =>
        {
            var order = SortKey(t, field).CompareTo(lastKey);
            var id = t["id"]!.ToInt64();
            return ascending ? order > 0 || (order == 0 && id > lastId) : order < 0 || (order == 0 && id < lastId);
        })];
    }

    // The cursor's sort value as SortKey has it; null when it is missing or unreadable.
    private static IComparable? CursorKey(JsonNode? value, string field) => field switch
    {
        "update" => OsuCursorValue.Long(value) is { } millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null,
        "bpm" => value is JsonValue number && number.TryGetValue<double>(out var bpm) ? bpm : Number(OsuCursorValue.String(value)),
        "length" => OsuCursorValue.String(value) is { } text ? Seconds(text) : null,
        _ => OsuCursorValue.String(value),
    };

    private static IEnumerable<JsonObject> Filter(HttpRequest request, IEnumerable<JsonObject> tracks)
    {
        var query = OsuQuery.Present(request, "query");
        var artist = OsuQuery.Present(request, "artist");
        var album = OsuQuery.Present(request, "album");
        var genre = OsuQuery.Present(request, "genre");
        var minBpm = Number(OsuQuery.String(request, "bpm[gte]"));
        var maxBpm = Number(OsuQuery.String(request, "bpm[lte]"));
        var exclusiveOnly = OsuQuery.Bool(request, "exclusive_only") == true;
        return tracks.Where(t =>
            (query is null || Contains(t["title"], query) || Contains(t["artist"]!["name"], query) || Contains(t["album"]!["title"], query))
            && (artist is null || Contains(t["artist"]!["name"], artist))
            && (album is null || Contains(t["album"]!["title"], album))
            && (genre is null || string.Equals(t["genre"]!.GetValue<string>(), genre, StringComparison.OrdinalIgnoreCase))
            && (minBpm is null || t["bpm"]!.ToDouble() >= minBpm)
            && (maxBpm is null || t["bpm"]!.ToDouble() <= maxBpm)
            && (!exclusiveOnly || t["exclusive"]!.GetValue<bool>()));
    }

    private static (string Field, bool Ascending) ParseSort(string sort)
    {
        var separator = sort.LastIndexOf('_');
        var field = separator > 0 ? sort[..separator] : sort;
        return (field is "title" or "artist" or "bpm" or "length" or "update" ? field : "update", sort.EndsWith("_asc", StringComparison.Ordinal));
    }

    private static IComparable SortKey(JsonObject track, string field) => field switch
    {
        "title" => track["title"]!.GetValue<string>(),
        "artist" => track["artist"]!["name"]!.GetValue<string>(),
        "bpm" => track["bpm"]!.ToDouble(),
        "length" => Seconds(track["length"]!.GetValue<string>()),
        _ => OsuJsonTime.Parse(track["updated_at"]!.GetValue<string>()),
    };

    private static string CursorField(string field) => field == "update" ? "updated_at" : field;

    private static JsonNode CursorValue(JsonObject track, string field) => field switch
    {
        "update" => OsuJsonTime.Parse(track["updated_at"]!.GetValue<string>()).ToUnixTimeMilliseconds(),
        "artist" => track["artist"]!["name"]!.DeepClone(),
        _ => track[field]!.DeepClone(),
    };

    private static int Seconds(string length) =>
        length.Split(':') is [var minutes, var seconds] ? (int.Parse(minutes, CultureInfo.InvariantCulture) * 60) + int.Parse(seconds, CultureInfo.InvariantCulture) : 0;

    private static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool Contains(JsonNode? value, string part) =>
        value?.GetValue<string>().Contains(part, StringComparison.OrdinalIgnoreCase) == true;
}
