

using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>Ranking rows: user statistics (<c>UserStatisticsTransformer</c>), countries and teams.</summary>
internal static class OsuRankingPresenter
{
    /// <summary>A global ranking row: the ruleset statistics plus the user card (country, cover, team).</summary>
    public static JsonObject UserRow(OsuUser user, int rulesetId, int? countryRank, int? rankChange)
    {
        var row = (JsonObject)user.Statistics[rulesetId].DeepClone();
        if (countryRank is not null)
        {
            row["country_rank"] = countryRank;
        }

        if (rankChange is not null)
        {
            row["rank_change_since_30_days"] = rankChange;
        }

        row["user"] = OsuUserPresenter.Card(user, groups: false);
        return row;
    }

    /// <summary>A country row (<c>CountryStatisticsTransformer</c> with <c>country</c>).</summary>
    public static JsonObject CountryRow(string code, IReadOnlyCollection<OsuUser> users, int rulesetId) => new()
    {
        ["code"] = code,
        ["active_users"] = users.Count,
        ["play_count"] = users.Sum(u => u.Statistics[rulesetId]["play_count"]!.ToInt64()),
        ["ranked_score"] = users.Sum(u => u.RankedScore(rulesetId)),
        ["performance"] = Math.Round(users.Sum(u => u.Pp(rulesetId)), 0),
        ["country"] = new JsonObject { ["code"] = code, ["name"] = OsuCountries.NameOf(code) },
    };

    /// <summary>A team row (<c>TeamStatisticsTransformer</c> with <c>member_count</c> and <c>team</c>).</summary>
    public static JsonObject TeamRow(JsonObject team, IReadOnlyCollection<OsuUser> members, int rulesetId) => new()
    {
        ["team_id"] = team["id"]!.DeepClone(),
        ["ruleset_id"] = rulesetId,
        ["play_count"] = members.Sum(u => u.Statistics[rulesetId]["play_count"]!.ToInt64()),
        ["ranked_score"] = members.Sum(u => u.RankedScore(rulesetId)),
        ["performance"] = Math.Round(members.Sum(u => u.Pp(rulesetId)), 0),
        ["member_count"] = members.Count,
        ["team"] = team.DeepClone(),
    };
}
