namespace Guildhall.Osu.Models;

/// <summary>The deprecated cursor object of rankings.</summary>
public sealed record RankingsCursor
{
    /// <summary>The next page, or <see langword="null"/> on the last one.</summary>
    public int? Page { get; init; }
}
