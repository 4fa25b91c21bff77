namespace Guildhall.Osu.Queries;

/// <summary>Whose rank a ranking shows.</summary>
public enum RankingFilter
{
    /// <summary>Everyone.</summary>
    All,

    /// <summary>The token owner's friends (needs a user token).</summary>
    Friends,
}
