namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// A seeded account. <see cref="Profile"/> holds every profile field that does not depend on a ruleset, in the order
/// <c>/users/{id}</c> sends them; the per-ruleset statistics live in <see cref="Statistics"/> (rank history is derived from
/// the current rank when shown), and the counts (<c>scores_best_count</c>, <c>ranked_beatmapset_count</c>...) are computed from the world so they
/// always agree with the list routes.
/// </summary>
internal sealed class OsuUser
{
    /// <summary>The 13 fields of osu-web's <c>UserCompactTransformer</c>, in its order.</summary>
    public static IReadOnlyList<string> CompactFields { get; } =
    [
        "avatar_url", "country_code", "default_group", "id", "is_active", "is_bot", "is_deleted", "is_online",
        "is_supporter", "last_visit", "pm_friends_only", "profile_colour", "username",
    ];

    public required JsonObject Profile { get; init; }

    /// <summary>Statistics per ruleset id, shaped as the entries of <c>statistics_rulesets</c>.</summary>
    public required Dictionary<int, JsonObject> Statistics { get; init; }

    /// <summary>Rank within the user's country per ruleset id; absent when unranked there.</summary>
    public Dictionary<int, int> CountryRanks { get; } = [];

    public List<long> FriendIds { get; } = [];

    /// <summary>Received kudosu, newest first, shaped as <c>KudosuHistory</c>.</summary>
    public List<JsonObject> KudosuHistory { get; } = [];

    /// <summary>Play counts per beatmap id (for <c>beatmapsets/most_played</c>).</summary>
    public Dictionary<long, int> Playcounts { get; } = [];

    public long Id => Profile["id"]!.ToInt64();

    public string Username => Profile["username"]!.GetValue<string>();

    public string CountryCode => Profile["country_code"]!.GetValue<string>();

    public string Playmode => Profile["playmode"]!.GetValue<string>();

    public bool IsBot => Profile["is_bot"]!.GetValue<bool>();

    public bool IsSupporter => Profile["is_supporter"]!.GetValue<bool>();

    public int KudosuTotal => Profile["kudosu"]!["total"]!.ToInt32();

    /// <summary>The performance points in one ruleset (0 when never played).</summary>
    public double Pp(int rulesetId) => Statistics[rulesetId]["pp"]!.ToDouble();

    /// <summary>
    /// Performance in a mania key-count variant (<c>4k</c>, <c>7k</c>): a fixed share of the mania total, so variant
    /// rankings and profiles agree without storing more.
    /// </summary>
    public double VariantPp(string variant) => Math.Round(Pp(3) * (variant == "4k" ? 0.75 : 0.35), 3);

    /// <summary>The ranked score in one ruleset.</summary>
    public long RankedScore(int rulesetId) => Statistics[rulesetId]["ranked_score"]!.ToInt64();
}
