namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Everything the osu! emulator serves: users, beatmapsets, scores, events, spotlights, wiki pages. Handlers hold
/// <see cref="Sync"/> while they read or change it, so a response is always built from one consistent state.
/// </summary>
internal sealed class OsuWorld
{
    private readonly Dictionary<long, List<OsuScore>> _scoresByUser = [];
    private readonly Dictionary<long, List<OsuScore>> _scoresByBeatmap = [];

    public Lock Sync { get; } = new();

    public Dictionary<long, OsuUser> Users { get; } = [];

    public Dictionary<long, OsuBeatmapset> Beatmapsets { get; } = [];

    public Dictionary<long, OsuBeatmap> Beatmaps { get; } = [];

    /// <summary>Scores by solo id.</summary>
    public Dictionary<long, OsuScore> Scores { get; } = [];

    /// <summary>Events, oldest first.</summary>
    public List<OsuEvent> Events { get; } = [];

    /// <summary>Spotlights as <c>/spotlights</c> lists them, newest first.</summary>
    public List<JsonObject> Spotlights { get; } = [];

    /// <summary>Wiki pages in their <c>WikiPage</c> shape.</summary>
    public List<JsonObject> WikiPages { get; } = [];

    /// <summary>Site content and the beatmap community (news, changelog, comments, packs, discussions...).</summary>
    public OsuSiteContent SiteContent { get; } = new();

    public long NextScoreId { get; set; } = 5_000_000_000;

    public long NextLegacyScoreId { get; set; } = 4_800_000_000;

    public long NextEventId { get; set; } = 1_040_000_000;

    public long NextUserId { get; set; } = 40_000_100;

    /// <summary>Finds a user the way <c>/users/{user}</c> does: an id, a username, or <c>@username</c>; <paramref name="key"/> forces id or username.</summary>
    public OsuUser? FindUser(string value, string? key)
    {
        var byId = key switch
        {
            "id" => true,
            "username" => false,
            _ => !value.StartsWith('@') && value.Length > 0 && value.All(char.IsAsciiDigit),
        };
        if (byId)
        {
            return long.TryParse(value, out var id) && Users.TryGetValue(id, out var user) ? user : null;
        }

        var name = NormalizeUsername(value.StartsWith('@') ? value[1..] : value);
        return Users.Values.FirstOrDefault(u => NormalizeUsername(u.Username) == name);
    }

    public OsuScore? FindLegacyScore(int rulesetId, long legacyScoreId) =>
        Scores.Values.FirstOrDefault(s => s.LegacyScoreId == legacyScoreId && s.RulesetId == rulesetId);

    public void AddScore(OsuScore score)
    {
        Scores[score.Id] = score;
        Append(_scoresByUser, score.UserId, score);
        Append(_scoresByBeatmap, score.BeatmapId, score);
    }

    public IReadOnlyList<OsuScore> ScoresOfUser(long userId) =>
        _scoresByUser.TryGetValue(userId, out var list) ? list : [];

    public IReadOnlyList<OsuScore> ScoresOnBeatmap(long beatmapId) =>
        _scoresByBeatmap.TryGetValue(beatmapId, out var list) ? list : [];

    /// <summary>
    /// The beatmap leaderboard: each user's best passed score in the ruleset, ordered by score. With
    /// <paramref name="legacyOnly"/> only stable plays count and they rank by their stable score, as osu-web's
    /// <c>legacy_only</c> does.
    /// </summary>
    public List<OsuScore> Leaderboard(long beatmapId, int rulesetId, bool legacyOnly, Func<OsuScore, bool>? filter = null) =>
        ScoresOnBeatmap(beatmapId)
            .Where(s => s.RulesetId == rulesetId && s.Passed && (!legacyOnly || s.IsLegacy) && (filter is null || filter(s)))
            .GroupBy(s => s.UserId)
            .Select(g => g.OrderByDescending(s => SortScore(s, legacyOnly)).ThenBy(s => s.EndedAt).First())
            .OrderByDescending(s => SortScore(s, legacyOnly))
            .ThenBy(s => s.EndedAt)
            .ToList();

    /// <summary>A user's top plays in a ruleset: the best-pp passed score per beatmap, highest pp first.</summary>
    public List<OsuScore> BestScores(long userId, int rulesetId, bool legacyOnly = false) =>
        ScoresOfUser(userId)
            .Where(s => s.RulesetId == rulesetId && s.Passed && s.Pp is not null && (!legacyOnly || s.IsLegacy))
            .GroupBy(s => s.BeatmapId)
            .Select(g => g.OrderByDescending(s => s.Pp).First())
            .OrderByDescending(s => s.Pp)
            .ThenBy(s => s.Id)
            .ToList();

    /// <summary>The user's scores that are first on their beatmap's leaderboard, newest first.</summary>
    public List<OsuScore> FirstPlaces(long userId, int rulesetId, bool legacyOnly = false) =>
        ScoresOfUser(userId)
            .Where(s => s.RulesetId == rulesetId && s.Passed)
            .Where(s => Leaderboard(s.BeatmapId, rulesetId, legacyOnly).FirstOrDefault()?.Id == s.Id)
            .OrderByDescending(s => s.Id)
            .ToList();

    /// <summary>Recomputes global and country ranks from performance points, as the ranking job of the real service does.</summary>
    public void RecomputeRanks()
    {
        for (var ruleset = 0; ruleset < OsuRuleset.Names.Count; ruleset++)
        {
            var ranked = Users.Values.Where(u => u.Pp(ruleset) > 0).OrderByDescending(u => u.Pp(ruleset)).ThenBy(u => u.Id).ToList();
            var countryPositions = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < ranked.Count; i++)
            {
                var user = ranked[i];
                var stats = user.Statistics[ruleset];
                stats["global_rank"] = i + 1;
                stats["global_rank_percent"] = (double)(i + 1) / ranked.Count;
                stats["is_ranked"] = true;
                var countryRank = countryPositions.GetValueOrDefault(user.CountryCode) + 1;
                countryPositions[user.CountryCode] = countryRank;
                user.CountryRanks[ruleset] = countryRank;
            }

            foreach (var user in Users.Values.Where(u => u.Pp(ruleset) <= 0))
            {
                var stats = user.Statistics[ruleset];
                stats["global_rank"] = null;
                stats["global_rank_percent"] = null;
                stats["is_ranked"] = false;
                user.CountryRanks.Remove(ruleset);
            }
        }
    }

    private static double SortScore(OsuScore score, bool legacyOnly) => legacyOnly ? score.LegacyTotalScore : score.TotalScore;

    /// <summary>A username as osu! compares them: case-insensitive, spaces and underscores alike.</summary>
    public static string NormalizeUsername(string name) => name.Trim().Replace(' ', '_').ToUpperInvariant();

    private static void Append(Dictionary<long, List<OsuScore>> index, long key, OsuScore score)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(score);
    }
}
