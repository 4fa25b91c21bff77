namespace Guildhall.Osu.Queries;

/// <summary>Which featured artist tracks to list (<c>GET /beatmaps/artists/tracks</c>).</summary>
public sealed record ArtistTracksQuery
{
    /// <summary>Keywords.</summary>
    public string? Query { get; init; }

    /// <summary>Only tracks of artists whose name matches.</summary>
    public string? Artist { get; init; }

    /// <summary>Only tracks on albums whose title matches.</summary>
    public string? Album { get; init; }

    /// <summary>Only tracks of this genre.</summary>
    public string? Genre { get; init; }

    /// <summary>Only tracks of at least this many beats per minute.</summary>
    public double? MinBpm { get; init; }

    /// <summary>Only tracks of at most this many beats per minute.</summary>
    public double? MaxBpm { get; init; }

    /// <summary>Only tracks exclusive to osu!.</summary>
    public bool ExclusiveOnly { get; init; }

    /// <summary>
    /// The order, as the site names it: <c>{album,artist,bpm,genre,length,relevance,title,update}_{asc,desc}</c>;
    /// <see langword="null"/> for the site's default (<c>update_desc</c>).
    /// </summary>
    public string? Sort { get; init; }

    /// <summary>Tracks per request; <see langword="null"/> for the site's default.</summary>
    public int? PageSize { get; init; }
}
