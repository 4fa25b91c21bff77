namespace Guildhall.Sandbox.Osu.State;

/// <summary>The beatmapset lists of a user profile (<c>/users/{id}/beatmapsets/{type}</c>), selected as osu-web does.</summary>
internal static class OsuProfileSets
{
    /// <summary>
    /// The sets of one list, in the list's order; <see langword="null"/> for an unknown type. <c>ranked_and_approved</c>
    /// and <c>unranked</c> are the deprecated names of ranked and pending.
    /// </summary>
    public static List<OsuBeatmapset>? Of(OsuWorld world, long userId, string type)
    {
        var sets = world.Beatmapsets.Values;
        IEnumerable<OsuBeatmapset>? result = type switch
        {
            "favourite" => sets.Where(s => s.FavouritedBy.Contains(userId)).OrderByDescending(s => s.FavouritedBy.IndexOf(userId) == 0).ThenBy(s => s.Id),
            "graveyard" => Owned(sets, userId, "graveyard").OrderByDescending(LastUpdated),
            "guest" => sets
                .Where(s => s.UserId != userId && s.Beatmaps.Any(b => IsScoreable(s) && b.Data["owners"]!.AsArray().Any(o => o!["id"]!.ToInt64() == userId)))
                .OrderByDescending(RankedDate),
            "loved" => Owned(sets, userId, "loved").OrderByDescending(RankedDate),
            "nominated" => sets
                .Where(s => s.Status is "ranked" or "approved" or "qualified")
                .Where(s => s.Details["current_nominations"]!.AsArray().Any(n => n!["user_id"]!.ToInt64() == userId))
                .OrderByDescending(RankedDate),
            "ranked" or "ranked_and_approved" => Owned(sets, userId, "ranked", "approved", "qualified").OrderByDescending(RankedDate),
            "pending" or "unranked" => Owned(sets, userId, "pending", "wip").OrderByDescending(LastUpdated),
            _ => null,
        };
        return result?.ToList();
    }

    private static IEnumerable<OsuBeatmapset> Owned(IEnumerable<OsuBeatmapset> sets, long userId, params string[] statuses) =>
        sets.Where(s => s.UserId == userId && statuses.Contains(s.Status));

    private static bool IsScoreable(OsuBeatmapset set) => set.Status is "ranked" or "approved" or "qualified" or "loved";

    private static string LastUpdated(OsuBeatmapset set) => set.Data["last_updated"]?.GetValue<string>() ?? "";

    private static string RankedDate(OsuBeatmapset set) => set.Data["ranked_date"]?.GetValue<string>() ?? "";
}
