using System.Text.RegularExpressions;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// The parameters of <c>/beatmapsets/search</c> (see osu-web's <c>BeatmapsetSearchRequestParams</c>): <c>q</c> with
/// inline <c>key&lt;op&gt;value</c> filters, <c>m</c>, <c>s</c>, <c>g</c>, <c>l</c>, <c>e</c>, <c>c</c>, <c>r</c>,
/// <c>played</c>, <c>nsfw</c>, <c>sort</c>, <c>cursor_string</c>.
/// </summary>
internal sealed partial class OsuBeatmapsetSearchQuery
{
    private static readonly Dictionary<string, string> LegacyStatuses = new(StringComparer.Ordinal)
    {
        ["0"] = "ranked", ["2"] = "favourites", ["3"] = "qualified", ["4"] = "pending", ["5"] = "graveyard", ["6"] = "mine", ["7"] = "any", ["8"] = "loved",
    };

    private static readonly string[] SortFields = ["artist", "creator", "difficulty", "favourites", "nominations", "plays", "ranked", "rating", "relevance", "title", "updated"];

    public List<string> Keywords { get; } = [];

    /// <summary>Numeric filters on difficulties (<c>stars</c>, <c>ar</c>, <c>cs</c>, <c>od</c>, <c>dr</c>, <c>bpm</c>, <c>length</c>, <c>circles</c>, <c>sliders</c>, <c>keys</c>, <c>status</c>).</summary>
    public Dictionary<string, OsuSearchRange> BeatmapRanges { get; } = new(StringComparer.Ordinal);

    /// <summary>Numeric filters on the set (<c>favourites</c>, <c>created</c>, <c>updated</c>, <c>ranked</c>, <c>featured_artist</c>).</summary>
    public Dictionary<string, OsuSearchRange> SetRanges { get; } = new(StringComparer.Ordinal);

    /// <summary>Text filters (<c>artist</c>, <c>creator</c>, <c>title</c>, <c>source</c>, <c>tag</c>, <c>difficulty</c>).</summary>
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    public int? Mode { get; private init; }

    public string? Status { get; private init; }

    public int? Genre { get; private init; }

    public int? Language { get; private init; }

    public HashSet<string> Extras { get; private init; } = [];

    public HashSet<string> General { get; private init; } = [];

    public HashSet<string> Ranks { get; private init; } = [];

    public string? Played { get; private init; }

    public bool IncludeNsfw { get; private init; }

    public string SortField { get; private set; } = "ranked";

    public string SortOrder { get; private set; } = "desc";

    public static OsuBeatmapsetSearchQuery From(HttpRequest request)
    {
        var status = OsuQuery.Present(request, "s");
        var mode = OsuQuery.Int(request, "m");
        var query = new OsuBeatmapsetSearchQuery
        {
            Mode = mode is >= 0 and <= 3 ? mode : null,
            Status = status is not null && LegacyStatuses.TryGetValue(status, out var mapped) ? mapped : status,
            Genre = OsuQuery.Int(request, "g"),
            Language = OsuQuery.Int(request, "l"),
            Extras = Split(request, "e", "video", "storyboard"),
            General = Split(request, "c", "recommended", "converts", "follows", "spotlights", "featured_artists"),
            Ranks = Split(request, "r", "XH", "X", "SH", "S", "A", "B", "C", "D"),
            Played = OsuQuery.Present(request, "played") is "played" or "unplayed" ? OsuQuery.Present(request, "played") : null,
            IncludeNsfw = OsuQuery.Bool(request, "nsfw") ?? false,
        };
        query.ParseText(OsuQuery.Present(request, "q") ?? OsuQuery.Present(request, "query") ?? "");
        query.ParseSort(OsuQuery.Present(request, "sort"));
        return query;
    }

    /// <summary>Whether supporter-only filters (rank achieved, played) are used.</summary>
    public bool UsesSupporterFilters => Ranks.Count > 0 || Played is not null;

    private void ParseText(string text)
    {
        var rest = InlineFilter().Replace(text, match =>
        {
            var key = match.Groups["key"].Value.ToLowerInvariant();
            var op = match.Groups["op"].Value.Replace(':', '=');
            var value = match.Groups["value"].Value;
            return Add(key, op, value) ? "" : match.Value;
        });
        Keywords.AddRange(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(k => k.Trim('"')).Where(k => k.Length > 0));
    }

    private bool Add(string key, string op, string value)
    {
        OsuSearchRange? range;
        switch (key)
        {
            case "star" or "stars":
                range = OsuSearchRange.Number(op, value, 0.005);
                return Set(BeatmapRanges, "stars", range);
            case "ar" or "cs" or "od":
                return Set(BeatmapRanges, key, OsuSearchRange.Number(op, value, 0.05));
            case "dr" or "hp":
                return Set(BeatmapRanges, "dr", OsuSearchRange.Number(op, value, 0.05));
            case "bpm":
                return Set(BeatmapRanges, "bpm", OsuSearchRange.Number(op, value, 0.005));
            case "length":
                return Set(BeatmapRanges, "length", OsuSearchRange.Number(op, value.TrimEnd('s'), 0.5));
            case "circles" or "sliders":
                return Set(BeatmapRanges, key, OsuSearchRange.Number(op, value, 0));
            case "key" or "keys":
                return Set(BeatmapRanges, "keys", OsuSearchRange.Number(op, value, 0));
            case "status":
                return Set(BeatmapRanges, "status", StatusValue(value) is { } state ? OsuSearchRange.Number(op, state.ToString(System.Globalization.CultureInfo.InvariantCulture), 0) : null);
            case "favourites" or "featured_artist":
                return Set(SetRanges, key, OsuSearchRange.Number(op, value, 0));
            case "created" or "submitted":
                return Set(SetRanges, "created", OsuSearchRange.Date(op, value));
            case "ranked" or "updated":
                return Set(SetRanges, key, OsuSearchRange.Date(op, value));
            case "artist" or "creator" or "title" or "source" or "tag" or "difficulty":
                Texts[key] = value.Trim('"');
                return value.Trim('"').Length > 0;
            default:
                return false;
        }
    }

    private static bool Set(Dictionary<string, OsuSearchRange> ranges, string key, OsuSearchRange? range)
    {
        if (range is not { } value)
        {
            return false;
        }

        ranges[key] = value;
        return true;
    }

    // osu-web matches a status by prefix: "r" = ranked, "q" = qualified...
    private static int? StatusValue(string value)
    {
        var text = value.Trim('"').ToLowerInvariant();
        (string Name, int State)[] states = [("graveyard", -2), ("wip", -1), ("pending", 0), ("ranked", 1), ("approved", 2), ("qualified", 3), ("loved", 4)];
        return text.Length == 0 ? null : states.Where(s => s.Name.StartsWith(text, StringComparison.Ordinal)).Select(s => (int?)s.State).FirstOrDefault();
    }

    private void ParseSort(string? sort)
    {
        var parts = (sort ?? "").Split('_');
        SortField = SortFields.Contains(parts[0]) ? parts[0] : DefaultSortField();
        SortOrder = parts.Length > 1 && parts[1] is "asc" or "desc" ? parts[1] : "desc";
    }

    private string DefaultSortField()
    {
        if (Keywords.Count > 0 || Texts.Keys.Any(k => k is "artist" or "creator" or "title" or "source"))
        {
            return "relevance";
        }

        return Status switch
        {
            "qualified" => "ranked",
            "pending" or "wip" or "graveyard" or "mine" => "updated",
            _ => "ranked",
        };
    }

    private static HashSet<string> Split(HttpRequest request, string name, params string[] allowed) =>
        [.. (OsuQuery.String(request, name) ?? "").Split('.').Where(allowed.Contains)];

    [GeneratedRegex("""\b(?<key>\w+)(?<op>:|=|[<>][:=]?)(?<value>"[^"]*"|\S*)""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineFilter();
}
