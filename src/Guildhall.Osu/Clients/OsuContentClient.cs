using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>The site's content outside the wiki, news and changelog: featured artist tracks and seasonal backgrounds. Reached through <see cref="OsuClient.Content"/>.</summary>
public class OsuContentClient : ApiSubClient
{
    internal OsuContentClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuContentClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>The current season's menu backgrounds and when the season ends (<c>GET /seasonal-backgrounds</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<SeasonalBackgrounds> GetSeasonalBackgroundsAsync(CancellationToken cancellationToken = default) =>
        Connection.GetAsync<SeasonalBackgrounds>("seasonal-backgrounds", "osu.content.seasonal_backgrounds", cancellationToken);

    /// <summary>
    /// Every featured artist track that matches, page after page. This is a website route
    /// (<c>GET https://osu.ppy.sh/beatmaps/artists/tracks</c>, asked for as JSON), not one of <c>/api/v2</c>.
    /// </summary>
    /// <param name="query">The filters and order; <see langword="null"/> for every track, recently updated first.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<ArtistTrack> ListFeaturedTracksAsync(ArtistTracksQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new ArtistTracksQuery();
        return OsuLists.ByCursorString((cursor, token) => GetFeaturedTracksPageAsync(query, cursor, token), page => page.ArtistTracks, page => page.CursorString, cancellationToken);
    }

    /// <summary>One page of featured artist tracks (see <see cref="ListFeaturedTracksAsync"/>).</summary>
    /// <param name="query">The filters and order; <see langword="null"/> for every track, recently updated first.</param>
    /// <param name="continuationToken">The <see cref="ArtistTracksPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ArtistTracksPage> GetFeaturedTracksPageAsync(ArtistTracksQuery? query = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(continuationToken);
        query ??= new ArtistTracksQuery();

        // The API's base is the site's /api/v2/; this route sits at the site's root.
        var path = new QueryBuilder("../../beatmaps/artists/tracks")
            .Add("query", query.Query)
            .Add("artist", query.Artist)
            .Add("album", query.Album)
            .Add("genre", query.Genre)
            .Add("bpm[gte]", query.MinBpm?.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Add("bpm[lte]", query.MaxBpm?.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Add("exclusive_only", query.ExclusiveOnly ? true : null)
            .Add("sort", query.Sort)
            .Add("limit", query.PageSize)
            .Add("cursor_string", continuationToken);
        return Connection.GetAsync<ArtistTracksPage>(path.ToString(), "osu.content.featured_tracks", cancellationToken);
    }
}
