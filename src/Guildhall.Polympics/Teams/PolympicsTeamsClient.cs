using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.Paging;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Teams;

/// <summary>Reading teams: get and search. Every client has it as <c>client.Teams</c>.</summary>
public class PolympicsTeamsClient : ApiSubClient
{
    internal PolympicsTeamsClient(PolympicsConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsTeamsClient()
    {
    }

    private protected PolympicsConnection Connection => GetConnection<PolympicsConnection>();

    /// <summary>A team by id (<c>GET /team/{id}</c>).</summary>
    /// <param name="id">The team's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiValidationException">No such team: the server answers 422 "Team not found.", not 404.</exception>
    public virtual Task<PolympicsTeam> GetAsync(int id, CancellationToken cancellationToken = default) =>
        Connection.GetPublicAsync($"team/{PolympicsConnection.Id(id)}", "polympics.teams.get", PolympicsJsonContext.Default.PolympicsTeam, cancellationToken);

    /// <summary>One page of a team search (<c>GET /teams/search</c>), sorted by name then id.</summary>
    /// <param name="text">A case-insensitive part of the name (<c>%</c> and <c>_</c> are wildcards on the server).</param>
    /// <param name="page">The page, from 0.</param>
    /// <param name="perPage">The page size, 1 or more.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is negative or <paramref name="perPage"/> under 1 (the server would crash).</exception>
    public virtual Task<PolympicsPage<PolympicsTeam>> GetPageAsync(
        string? text = null, int page = 0, int perPage = PolympicsDefaults.PageSize, CancellationToken cancellationToken = default)
    {
        PolympicsConnection.ValidatePaging(page, perPage);
        var path = new Core.QueryBuilder("teams/search").Add("q", text).Add("page", page).Add("per_page", perPage).ToString();
        return Connection.GetPublicAsync(path, "polympics.teams.search", PolympicsJsonContext.Default.PolympicsPagePolympicsTeam, cancellationToken);
    }

    /// <summary>
    /// Every matching team, fetched a page at a time as the enumeration needs them (with <see cref="GetPageAsync"/>).
    /// The continuation token is the next page number; the walk ends at the last page the server counts.
    /// </summary>
    /// <param name="text">A case-insensitive part of the name.</param>
    /// <param name="perPage">The page size, 1 or more.</param>
    /// <param name="cancellationToken">Cancels every page fetch.</param>
    public virtual AsyncPageable<PolympicsTeam> ListAsync(string? text = null, int perPage = PolympicsDefaults.PageSize, CancellationToken cancellationToken = default) =>
        PolympicsPaging.List(perPage, (page, token) => GetPageAsync(text, page, perPage, token), cancellationToken);
}
