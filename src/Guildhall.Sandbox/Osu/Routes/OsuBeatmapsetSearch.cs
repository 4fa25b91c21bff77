
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// Runs a beatmapset search over the seeded sets the way osu-web's Elasticsearch query filters and sorts them, and
/// pages it with a <c>cursor_string</c> holding the last result's sort value and id (50 per page).
/// </summary>
internal sealed class OsuBeatmapsetSearch(OsuView view, OsuBeatmapsetSearchQuery query)
{
    public const int PageSize = 50;

    private double? _recommended;

    private static readonly Dictionary<string, string> CursorFields = new(StringComparer.Ordinal)
    {
        ["artist"] = "artist.raw", ["creator"] = "creator.raw", ["difficulty"] = "beatmaps.difficultyrating",
        ["favourites"] = "favourite_count", ["nominations"] = "nominations", ["plays"] = "play_count",
        ["ranked"] = "approved_date", ["rating"] = "rating", ["relevance"] = "_score", ["title"] = "title.raw",
        ["updated"] = "last_update",
    };

    public JsonObject Run(JsonObject? cursor)
    {
        var viewer = view.Viewer;
        _recommended = RecommendedDifficulty();
        var matches = query.UsesSupporterFilters && viewer?.IsSupporter != true
            ? []
            : view.World.Beatmapsets.Values.Where(Matches).Select(s => (Set: s, Key: SortKey(s))).ToList();
        var descending = query.SortOrder == "desc";
        var ordered = (descending
            ? matches.OrderByDescending(m => m.Key, KeyComparer.Instance).ThenByDescending(m => m.Set.Id)
            : matches.OrderBy(m => m.Key, KeyComparer.Instance).ThenBy(m => m.Set.Id)).ToList();
        var start = cursor is null ? 0 : ordered.FindIndex(m => IsAfter(m.Key, m.Set.Id, cursor, descending));
        var page = start < 0 ? [] : ordered.Skip(start).Take(PageSize).ToList();
        var hasMore = start >= 0 && start + PageSize < ordered.Count;

        var body = new JsonObject
        {
            ["beatmapsets"] = new JsonArray([.. page.Select(m => (JsonNode)OsuBeatmapsetPresenter.SearchResult(m.Set))]),
            ["search"] = new JsonObject { ["sort"] = $"{query.SortField}_{query.SortOrder}" },
            ["recommended_difficulty"] = _recommended,
            ["error"] = null,
            ["total"] = ordered.Count,
        };
        OsuCursor.AddTo(body, hasMore ? Cursor(page[^1].Key, page[^1].Set.Id) : null);
        return body;
    }

    private double? RecommendedDifficulty()
    {
        if (view.Viewer is not { } viewer)
        {
            return null;
        }

        var ruleset = query.Mode ?? (OsuRuleset.TryParse(viewer.Playmode, out var playmode) ? playmode : 0);
        var pp = viewer.Pp(ruleset);
        return pp > 0 ? Math.Pow(pp, 0.4) * 0.195 : 1.0;
    }

    private bool Matches(OsuBeatmapset set)
    {
        var data = set.Data;
        if (!StatusMatches(set)
            || (!query.IncludeNsfw && data["nsfw"]!.GetValue<bool>())
            || (query.Genre is { } genre && data["genre_id"]?.ToInt32() != genre)
            || (query.Language is { } language && data["language_id"]?.ToInt32() != language)
            || (query.Extras.Contains("video") && !data["video"]!.GetValue<bool>())
            || (query.Extras.Contains("storyboard") && !data["storyboard"]!.GetValue<bool>())
            || (query.General.Contains("spotlights") && !data["spotlight"]!.GetValue<bool>())
            || (query.General.Contains("featured_artists") && data["track_id"] is null)
            || query.General.Contains("follows"))
        {
            return false;
        }

        foreach (var (key, range) in query.SetRanges)
        {
            var value = key switch
            {
                "favourites" => data["favourite_count"]!.ToDouble(),
                "featured_artist" => data["track_id"]?.ToDouble() ?? double.NaN,
                "created" => Millis(data["submitted_date"]),
                "updated" => Millis(data["last_updated"]),
                _ => set.Status is "ranked" or "approved" or "loved" ? Millis(data["ranked_date"]) : double.NaN,
            };
            if (double.IsNaN(value) || !range.Contains(value))
            {
                return false;
            }
        }

        if (query.Texts.Any(t => !TextMatches(set, t.Key, t.Value)) || !query.Keywords.All(k => Relevance(set, k) > 0))
        {
            return false;
        }

        if (query.Ranks.Count > 0 && !view.World.ScoresOfUser(view.Viewer!.Id).Any(s => set.Beatmaps.Any(b => b.Id == s.BeatmapId) && query.Ranks.Contains(s.Rank)))
        {
            return false;
        }

        if (query.Played is { } played && view.World.ScoresOfUser(view.Viewer!.Id).Any(s => set.Beatmaps.Any(b => b.Id == s.BeatmapId)) != (played == "played"))
        {
            return false;
        }

        return set.Beatmaps.Any(BeatmapMatches);
    }

    private bool StatusMatches(OsuBeatmapset set) => query.Status switch
    {
        "any" => true,
        "ranked" => set.Status is "ranked" or "approved",
        "loved" or "qualified" or "pending" or "wip" or "graveyard" => set.Status == query.Status,
        "favourites" => view.Viewer is { } viewer && set.FavouritedBy.Contains(viewer.Id),
        "mine" => view.Viewer is { } owner && set.Beatmaps.Any(b => b.Data["user_id"]!.ToInt64() == owner.Id),
        _ => set.Status is "ranked" or "approved" or "loved",
    };

    private bool BeatmapMatches(OsuBeatmap beatmap)
    {
        if (query.Mode is { } mode && beatmap.RulesetId != mode && !(query.General.Contains("converts") && beatmap.RulesetId == 0))
        {
            return false;
        }

        // "recommended" keeps difficulties within half a star of the user's recommended difficulty (users only).
        if (query.General.Contains("recommended") && _recommended is { } recommended && Math.Abs(beatmap.DifficultyRating - recommended) > 0.5)
        {
            return false;
        }

        var data = beatmap.Data;
        foreach (var (key, range) in query.BeatmapRanges)
        {
            var value = key switch
            {
                "stars" => beatmap.DifficultyRating,
                "ar" => data["ar"]!.ToDouble(),
                "cs" => data["cs"]!.ToDouble(),
                "od" => data["accuracy"]!.ToDouble(),
                "dr" => data["drain"]!.ToDouble(),
                "bpm" => data["bpm"]!.ToDouble(),
                "length" => data["total_length"]!.ToDouble(),
                "circles" => data["count_circles"]!.ToDouble(),
                "sliders" => data["count_sliders"]!.ToDouble(),
                "keys" => beatmap.RulesetId == 3 ? data["cs"]!.ToDouble() : double.NaN,
                _ => data["ranked"]!.ToDouble(),
            };
            if (double.IsNaN(value) || !range.Contains(value))
            {
                return false;
            }
        }

        return !query.Texts.TryGetValue("difficulty", out var version) || Contains(beatmap.Version, version);
    }

    private static bool TextMatches(OsuBeatmapset set, string key, string value) => key switch
    {
        "artist" => Contains(Text(set, "artist"), value) || Contains(Text(set, "artist_unicode"), value),
        "title" => Contains(Text(set, "title"), value) || Contains(Text(set, "title_unicode"), value),
        "creator" => Contains(Text(set, "creator"), value),
        "source" => Contains(Text(set, "source"), value),
        "tag" => Text(set, "tags").Split(' ').Any(t => string.Equals(t, value, StringComparison.OrdinalIgnoreCase)),
        _ => true,
    };

    // A keyword scores where it appears: title and artist weigh most, then mapper, tags, source, difficulty names.
    private static double Relevance(OsuBeatmapset set, string keyword)
    {
        var score = 0.0;
        score += Contains(Text(set, "title"), keyword) || Contains(Text(set, "title_unicode"), keyword) ? 3.2 : 0;
        score += Contains(Text(set, "artist"), keyword) || Contains(Text(set, "artist_unicode"), keyword) ? 2.6 : 0;
        score += Contains(Text(set, "creator"), keyword) ? 1.9 : 0;
        score += Text(set, "tags").Split(' ').Any(t => Contains(t, keyword)) ? 1.1 : 0;
        score += Contains(Text(set, "source"), keyword) ? 0.9 : 0;
        score += set.Beatmaps.Any(b => Contains(b.Version, keyword)) ? 0.5 : 0;
        return score;
    }

    private IComparable SortKey(OsuBeatmapset set)
    {
        var data = set.Data;
        return query.SortField switch
        {
            "artist" => Text(set, "artist").ToLowerInvariant(),
            "creator" => Text(set, "creator").ToLowerInvariant(),
            "title" => Text(set, "title").ToLowerInvariant(),
            "difficulty" => query.SortOrder == "asc" ? set.Beatmaps.Min(b => b.DifficultyRating) : set.Beatmaps.Max(b => b.DifficultyRating),
            "favourites" => data["favourite_count"]!.ToDouble(),
            "nominations" => data["nominations_summary"]?["current"]?.ToDouble() ?? 0,
            "plays" => data["play_count"]!.ToDouble(),
            "rating" => data["rating"]!.ToDouble(),
            "updated" => Millis(data["last_updated"]),
            "relevance" => Math.Round(query.Keywords.Sum(k => Relevance(set, k)) + 1, 5),
            _ => data["ranked_date"] is null ? 0.0 : Millis(data["ranked_date"]),
        };
    }

    private JsonObject Cursor(IComparable key, long id) => new()
    {
        [CursorFields[query.SortField]] = key is string text ? text : JsonValue.Create((double)key),
        ["id"] = id,
    };

    private bool IsAfter(IComparable key, long id, JsonObject cursor, bool descending)
    {
        var cursorValue = cursor[CursorFields[query.SortField]];
        if (cursorValue is null || cursor["id"] is not JsonValue idNode || !long.TryParse(idNode.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var cursorId))
        {
            return true;
        }

        IComparable cursorKey = key is string
            ? cursorValue.ToString()
            : double.TryParse(cursorValue.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0.0;
        var order = KeyComparer.Instance.Compare(key, cursorKey);
        if (order == 0)
        {
            order = id.CompareTo(cursorId);
        }

        return descending ? order < 0 : order > 0;
    }

    private static double Millis(JsonNode? time) =>
        time is JsonValue value && value.TryGetValue<string>(out var text) ? OsuJsonTime.Parse(text).ToUnixTimeMilliseconds() : double.NaN;

    private static string Text(OsuBeatmapset set, string field) => set.Data[field]?.GetValue<string>() ?? "";

    private static bool Contains(string text, string value) => text.Contains(value, StringComparison.OrdinalIgnoreCase);

    private sealed class KeyComparer : IComparer<IComparable>
    {
        public static KeyComparer Instance { get; } = new();

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (double a, double b) => a.CompareTo(b),
            _ => 0,
        };
    }
}
