using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.Paging;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Accounts;

/// <summary>Reading accounts: signups, get and search. Every client has it as <c>client.Accounts</c>.</summary>
public class PolympicsAccountsClient : ApiSubClient
{
    internal PolympicsAccountsClient(PolympicsConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsAccountsClient()
    {
    }

    private protected PolympicsConnection Connection => GetConnection<PolympicsConnection>();

    /// <summary>Whether new users may register (<c>GET /accounts/signups</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<bool> AreSignupsOpenAsync(CancellationToken cancellationToken = default)
    {
        var body = await Connection.GetPublicAsync("accounts/signups", "polympics.accounts.signups", PolympicsJsonContext.Default.PolympicsSignupsBody, cancellationToken).ConfigureAwait(false);
        return body.SignupsOpen;
    }

    /// <summary>An account by Discord id (<c>GET /account/{id}</c>).</summary>
    /// <param name="id">The Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiValidationException">No such account: the server answers 422 "Account not found.", not 404.</exception>
    public virtual Task<PolympicsAccount> GetAsync(ulong id, CancellationToken cancellationToken = default) =>
        Connection.GetPublicAsync($"account/{PolympicsConnection.Id(id)}", "polympics.accounts.get", PolympicsJsonContext.Default.PolympicsAccount, cancellationToken);

    /// <summary>One page of an account search (<c>GET /accounts/search</c>), sorted by name then id.</summary>
    /// <param name="text">A case-insensitive part of the name; the server passes it to SQL <c>LIKE</c> unescaped, so <c>%</c> and <c>_</c> are wildcards.</param>
    /// <param name="team">Only members of this team.</param>
    /// <param name="page">The page, from 0.</param>
    /// <param name="perPage">The page size, 1 or more.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is negative or <paramref name="perPage"/> under 1 (the server would crash).</exception>
    public virtual Task<PolympicsPage<PolympicsAccount>> GetPageAsync(
        string? text = null, int? team = null, int page = 0, int perPage = PolympicsDefaults.PageSize, CancellationToken cancellationToken = default)
    {
        PolympicsConnection.ValidatePaging(page, perPage);
        var path = new Core.QueryBuilder("accounts/search").Add("q", text).Add("team", team).Add("page", page).Add("per_page", perPage).ToString();
        return Connection.GetPublicAsync(path, "polympics.accounts.search", PolympicsJsonContext.Default.PolympicsPagePolympicsAccount, cancellationToken);
    }

    /// <summary>
    /// Every matching account, fetched a page at a time as the enumeration needs them (with <see cref="GetPageAsync"/>).
    /// The continuation token is the next page number; the walk ends at the last page the server counts.
    /// </summary>
    /// <param name="text">A case-insensitive part of the name (see <see cref="GetPageAsync"/>).</param>
    /// <param name="team">Only members of this team.</param>
    /// <param name="perPage">The page size, 1 or more.</param>
    /// <param name="cancellationToken">Cancels every page fetch.</param>
    public virtual AsyncPageable<PolympicsAccount> ListAsync(
        string? text = null, int? team = null, int perPage = PolympicsDefaults.PageSize, CancellationToken cancellationToken = default) =>
        PolympicsPaging.List(perPage, (page, token) => GetPageAsync(text, team, page, perPage, token), cancellationToken);
}
