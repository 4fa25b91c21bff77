namespace Guildhall.Osu.Queries;

/// <summary>Options of a user ranking.</summary>
public sealed record RankingsQuery
{
    /// <summary>Only players of this country (ISO code; performance and score rankings).</summary>
    public string? Country { get; init; }

    /// <summary>Whose ranks to show. Default everyone.</summary>
    public RankingFilter Filter { get; init; } = RankingFilter.All;

    /// <summary>The osu!mania variant, if any.</summary>
    public ManiaVariant? Variant { get; init; }
}
