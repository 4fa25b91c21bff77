using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>Beatmapsets: by id, by one of their beatmaps, and the site's search. Reached through <see cref="OsuClient.Beatmapsets"/>.</summary>
public class OsuBeatmapsetsClient : ApiSubClient
{
    internal OsuBeatmapsetsClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuBeatmapsetsClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>A beatmapset with its difficulties, converts and details (<c>GET /beatmapsets/{id}</c>).</summary>
    /// <param name="beatmapsetId">The beatmapset id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such beatmapset.</exception>
    public virtual Task<Beatmapset> GetAsync(long beatmapsetId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<Beatmapset>($"beatmapsets/{beatmapsetId.ToString(CultureInfo.InvariantCulture)}", "osu.beatmapsets.get", cancellationToken);

    /// <summary>The beatmapset a beatmap belongs to (<c>GET /beatmapsets/lookup?beatmap_id=</c>).</summary>
    /// <param name="beatmapId">The id of one of its beatmaps.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such beatmap.</exception>
    public virtual Task<Beatmapset> LookupAsync(long beatmapId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<Beatmapset>(new QueryBuilder("beatmapsets/lookup").Add("beatmap_id", beatmapId).ToString(), "osu.beatmapsets.lookup", cancellationToken);

    /// <summary>
    /// Every beatmapset a search matches, page after page (<c>GET /beatmapsets/search</c>, 50 per page, with
    /// <see cref="GetPageAsync"/>). The continuation token is the API's <c>cursor_string</c>.
    /// </summary>
    /// <param name="query">The filters; <see langword="null"/> lists the API's default (ranked sets, newest first).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<Beatmapset> ListAsync(BeatmapsetSearchQuery? query = null, CancellationToken cancellationToken = default) =>
        AsyncPageable.ByCursor<Beatmapset>(
            async (cursor, token) =>
            {
                var page = await GetPageAsync(query, cursor, token).ConfigureAwait(false);
                return (page.Beatmapsets, page.CursorString);
            },
            cancellationToken);

    /// <summary>One page of a beatmapset search, with its total and the cursor of the next page.</summary>
    /// <param name="query">The filters; <see langword="null"/> for none.</param>
    /// <param name="cursorString">The <see cref="BeatmapsetSearchResult.CursorString"/> of the previous page, or <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<BeatmapsetSearchResult> GetPageAsync(BeatmapsetSearchQuery? query = null, string? cursorString = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(cursorString);
        query ??= new BeatmapsetSearchQuery();
        var path = new QueryBuilder("beatmapsets/search")
            .Add("q", string.IsNullOrWhiteSpace(query.Query) ? null : query.Query)
            .Add("m", query.Mode?.ToRulesetId())
            .Add("s", query.Category is { } category ? WireNames.Of(category) : null)
            .Add("g", query.Genre is { } genre and not Genre.Any ? (int)genre : null)
            .Add("l", query.Language is { } language and not Language.Any ? (int)language : null)
            .Add("e", WireNames.Of(query.Extras))
            .Add("c", WireNames.Of(query.General))
            .Add("r", WireNames.Of(query.RanksAchieved))
            .Add("played", query.Played is { } played ? WireNames.Of(played) : null)
            .Add("nsfw", query.IncludeExplicit)
            .Add("sort", query.Sort is { } sort ? WireNames.Of(sort, query.SortAscending) : null)
            .Add("cursor_string", cursorString);
        return Connection.GetAsync<BeatmapsetSearchResult>(path.ToString(), "osu.beatmapsets.search", cancellationToken);
    }
}
