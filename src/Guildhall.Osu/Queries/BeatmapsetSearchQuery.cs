using Guildhall.Osu.Models;

namespace Guildhall.Osu.Queries;

/// <summary>A beatmapset search: every filter of the site's beatmap listing.</summary>
public sealed record BeatmapsetSearchQuery
{
    /// <summary>Keywords, with inline filters such as <c>stars&gt;5 ar=9</c>; <see langword="null"/> for none.</summary>
    public string? Query { get; init; }

    /// <summary>Only beatmaps of this mode.</summary>
    public GameMode? Mode { get; init; }

    /// <summary>The status filter; <see langword="null"/> uses the API's default (leaderboard).</summary>
    public BeatmapsetCategory? Category { get; init; }

    /// <summary>Only this genre.</summary>
    public Genre? Genre { get; init; }

    /// <summary>Only this language.</summary>
    public Language? Language { get; init; }

    /// <summary>Required extras.</summary>
    public BeatmapsetExtras Extras { get; init; }

    /// <summary>General filters.</summary>
    public BeatmapsetGeneralFilters General { get; init; }

    /// <summary>Only sets where the token owner reached one of these grades (osu!supporter only).</summary>
    public IReadOnlyList<ScoreRank> RanksAchieved { get; init; } = [];

    /// <summary>Whether the token owner played them (osu!supporter only).</summary>
    public BeatmapsetPlayedFilter? Played { get; init; }

    /// <summary>Whether explicit sets are shown; <see langword="null"/> uses the token owner's setting.</summary>
    public bool? IncludeExplicit { get; init; }

    /// <summary>What to sort by; <see langword="null"/> uses the API's default (relevance with a query, else ranked date).</summary>
    public BeatmapsetSortField? Sort { get; init; }

    /// <summary>Whether the sort is ascending. Default descending.</summary>
    public bool SortAscending { get; init; }
}
