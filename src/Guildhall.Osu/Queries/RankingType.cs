namespace Guildhall.Osu.Queries;

/// <summary>The user rankings of <c>GET /rankings/{mode}/{type}</c>; countries have their own call.</summary>
public enum RankingType
{
    /// <summary>By performance points.</summary>
    Performance,

    /// <summary>By ranked score.</summary>
    Score,
}
