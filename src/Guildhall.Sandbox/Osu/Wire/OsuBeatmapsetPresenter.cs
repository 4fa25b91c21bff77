

using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>Writes beatmapsets in the shapes of osu-web's <c>BeatmapsetCompactTransformer</c>/<c>BeatmapsetTransformer</c>.</summary>
internal static class OsuBeatmapsetPresenter
{
    private static readonly string[] CompactFields =
    [
        "anime_cover", "artist", "artist_unicode", "covers", "creator", "favourite_count", "genre_id", "hype", "id",
        "language_id", "nsfw", "offset", "play_count", "preview_url", "source", "spotlight", "status", "title",
        "title_unicode", "track_id", "user_id", "video",
    ];

    private static readonly string[] BaseFields =
    [
        .. CompactFields, "bpm", "can_be_hyped", "deleted_at", "discussion_enabled", "discussion_locked", "is_scoreable",
        "last_updated", "legacy_thread_url", "nominations_summary", "ranked", "ranked_date", "rating", "storyboard",
        "submitted_date", "tags", "availability",
    ];

    /// <summary>The 22 compact fields (inside scores and most-played lists).</summary>
    public static JsonObject Compact(OsuBeatmapset set) => OsuJsonFields.Pick(set.Data, CompactFields);

    /// <summary>Compact plus the base fields.</summary>
    public static JsonObject Base(OsuBeatmapset set) => OsuJsonFields.Pick(set.Data, BaseFields);

    /// <summary>The set inside a full beatmap: base plus <c>ratings</c>.</summary>
    public static JsonObject WithRatings(OsuBeatmapset set)
    {
        var result = Base(set);
        result["ratings"] = set.Details["ratings"]!.DeepClone();
        return result;
    }

    /// <summary>A profile list entry (<c>/users/{id}/beatmapsets/{type}</c>): base plus base-shaped <c>beatmaps</c>.</summary>
    public static JsonObject WithBeatmaps(OsuBeatmapset set)
    {
        var result = Base(set);
        result["beatmaps"] = new JsonArray([.. set.Beatmaps.Select(b => (JsonNode)OsuBeatmapPresenter.Base(b))]);
        return result;
    }

    /// <summary>A search result: base plus <c>beatmaps</c> (with <c>max_combo</c>) and <c>pack_tags</c>.</summary>
    public static JsonObject SearchResult(OsuBeatmapset set)
    {
        var result = Base(set);
        result["beatmaps"] = new JsonArray([.. set.Beatmaps.Select(b => (JsonNode)OsuBeatmapPresenter.WithMaxCombo(b))]);
        result["pack_tags"] = set.Details["pack_tags"]!.DeepClone();
        return result;
    }

    /// <summary>The full set of <c>/beatmapsets/{id}</c> and <c>/beatmapsets/lookup</c>.</summary>
    public static JsonObject Full(OsuView view, OsuBeatmapset set)
    {
        var world = view.World;
        var result = Base(set);
        result["beatmaps"] = new JsonArray([.. set.Beatmaps.Select(b => (JsonNode)OsuBeatmapPresenter.InFullSet(view, b))]);
        result["converts"] = new JsonArray([.. set.Beatmaps
            .Where(b => b.RulesetId == 0)
            .SelectMany(b => Enumerable.Range(1, 3).Select(r => (JsonNode)OsuBeatmapPresenter.Convert(b, r)))]);
        result["current_nominations"] = set.Details["current_nominations"]!.DeepClone();
        result["description"] = set.Details["description"]!.DeepClone();
        result["genre"] = OsuCatalog.Genre(set.Data["genre_id"]?.ToInt32() ?? 1);
        result["language"] = OsuCatalog.Language(set.Data["language_id"]?.ToInt32() ?? 1);
        result["pack_tags"] = set.Details["pack_tags"]!.DeepClone();
        result["ratings"] = set.Details["ratings"]!.DeepClone();
        result["recent_favourites"] = CompactUsers(world, set.FavouritedBy.Take(50));
        var related = set.Beatmaps.SelectMany(b => b.Data["owners"]!.AsArray().Select(o => o!["id"]!.ToInt64()))
            .Concat(set.Details["current_nominations"]!.AsArray().Select(n => n!["user_id"]!.ToInt64()))
            .Prepend(set.UserId)
            .Distinct();
        result["related_users"] = CompactUsers(world, related);
        result["related_tags"] = set.Details["related_tags"]!.DeepClone();
        result["user"] = world.Users.TryGetValue(set.UserId, out var owner) ? OsuUserPresenter.Compact(owner) : new JsonObject();
        result["version_count"] = set.Details["version_count"]!.DeepClone();
        return result;
    }

    private static JsonArray CompactUsers(OsuWorld world, IEnumerable<long> ids) =>
        new([.. ids.Where(world.Users.ContainsKey).Select(id => (JsonNode)OsuUserPresenter.Compact(world.Users[id]))]);
}
