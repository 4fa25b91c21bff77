using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>
/// One page of a ranking: users' statistics (performance, score, a spotlight's chart), countries, or users by kudosu.
/// </summary>
/// <typeparam name="TEntry"><see cref="UserStatistics"/>, <see cref="CountryStatistics"/> or <see cref="User"/>.</typeparam>
[WireModel]
public sealed partial record Rankings<TEntry>
{
    /// <summary>The entries, best first. User statistics carry their <see cref="UserStatistics.User"/>.</summary>
    public IReadOnlyList<TEntry> Ranking { get => field ?? []; init; }

    /// <summary>How many entries the ranking holds (approximate; at most 10,000 are reachable), where sent.</summary>
    public long? Total { get; init; }

    /// <summary>The deprecated cursor object.</summary>
    public RankingsCursor? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }

    /// <summary>The spotlight's beatmapsets (charts only).</summary>
    public IReadOnlyList<Beatmapset> Beatmapsets { get => field ?? []; init; }

    /// <summary>The spotlight (charts only).</summary>
    public Spotlight? Spotlight { get; init; }
}
