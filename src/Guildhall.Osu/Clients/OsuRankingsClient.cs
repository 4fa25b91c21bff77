using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>Rankings (performance, score, countries, spotlight charts, kudosu) and spotlights. Reached through <see cref="OsuClient.Rankings"/>.</summary>
public class OsuRankingsClient : ApiSubClient
{
    /// <summary>Users per page of the kudosu ranking.</summary>
    public const int KudosuPageSize = 50;

    internal OsuRankingsClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuRankingsClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>Every entry of a user ranking, page after page (<c>GET /rankings/{mode}/{type}</c>, 50 per page, at most 10,000).</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="type">Performance or score.</param>
    /// <param name="query">Country, filter and variant; <see langword="null"/> for the global ranking.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<UserStatistics> ListUsersAsync(GameMode mode, RankingType type, RankingsQuery? query = null, CancellationToken cancellationToken = default) =>
        AsyncPageable.ByCursor<UserStatistics>(
            async (cursor, token) =>
            {
                var page = await GetUsersPageAsync(mode, type, query, cursor, token).ConfigureAwait(false);
                return (page.Ranking, page.CursorString);
            },
            cancellationToken);

    /// <summary>One page of a user ranking, with its total and the cursor of the next page.</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="type">Performance or score.</param>
    /// <param name="query">Country, filter and variant; <see langword="null"/> for the global ranking.</param>
    /// <param name="cursorString">The previous page's <see cref="Rankings{TEntry}.CursorString"/>, or <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Rankings<UserStatistics>> GetUsersPageAsync(GameMode mode, RankingType type, RankingsQuery? query = null, string? cursorString = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(cursorString);
        query ??= new RankingsQuery();
        var path = Filtered($"rankings/{mode.ToApiName()}/{WireNames.Of(type)}", query).Add("country", query.Country).Add("cursor_string", cursorString);
        return Connection.GetAsync<Rankings<UserStatistics>>(path.ToString(), "osu.rankings." + WireNames.Of(type), cancellationToken);
    }

    /// <summary>Every country of the country ranking, page after page (<c>GET /rankings/{mode}/country</c>).</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<CountryStatistics> ListCountriesAsync(GameMode mode, CancellationToken cancellationToken = default)
    {
        var connection = Connection;
        return AsyncPageable.ByCursor<CountryStatistics>(
            async (cursor, token) =>
            {
                var path = new QueryBuilder($"rankings/{mode.ToApiName()}/country").Add("cursor_string", cursor);
                var page = await connection.GetAsync<Rankings<CountryStatistics>>(path.ToString(), "osu.rankings.country", token).ConfigureAwait(false);
                return (page.Ranking, page.CursorString);
            },
            cancellationToken);
    }

    /// <summary>A spotlight's chart: its ranking, beatmapsets and details (<c>GET /rankings/{mode}/charts</c>).</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="spotlightId">The spotlight; <see langword="null"/> means the latest.</param>
    /// <param name="query">Filter and variant; <see langword="null"/> for everyone.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Rankings<UserStatistics>> GetChartsAsync(GameMode mode, long? spotlightId = null, RankingsQuery? query = null, CancellationToken cancellationToken = default)
    {
        var path = Filtered($"rankings/{mode.ToApiName()}/charts", query ?? new RankingsQuery()).Add("spotlight", spotlightId);
        return Connection.GetAsync<Rankings<UserStatistics>>(path.ToString(), "osu.rankings.charts", cancellationToken);
    }

    /// <summary>Users by kudosu, page after page (<c>GET /rankings/kudosu</c>, 50 per page, at most 1,000).</summary>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <remarks>The continuation token is the next page number.</remarks>
    public virtual AsyncPageable<User> ListKudosuAsync(CancellationToken cancellationToken = default)
    {
        var connection = Connection;
        return AsyncPageable.ByPosition<User>(
            1,
            async (page, token) =>
            {
                var path = new QueryBuilder("rankings/kudosu").Add("page", page);
                var rankings = await connection.GetAsync<Rankings<User>>(path.ToString(), "osu.rankings.kudosu", token).ConfigureAwait(false);
                return (rankings.Ranking, rankings.Ranking.Count >= KudosuPageSize ? page + 1 : null);
            },
            cancellationToken);
    }

    /// <summary>Every spotlight (<c>GET /spotlights</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<Spotlight>> GetSpotlightsAsync(CancellationToken cancellationToken = default)
    {
        var envelope = await Connection.GetAsync<SpotlightsEnvelope>("spotlights", "osu.spotlights.list", cancellationToken).ConfigureAwait(false);
        return envelope.Spotlights;
    }

    private static QueryBuilder Filtered(string path, RankingsQuery query) =>
        new QueryBuilder(path)
            .Add("filter", query.Filter == RankingFilter.All ? null : WireNames.Of(query.Filter))
            .Add("variant", query.Variant is { } variant ? WireNames.Of(variant) : null);
}
