using Guildhall.Core.Errors;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Accounts;

/// <summary>Reading and changing accounts; only authenticated clients (app or user) have it.</summary>
public class PolympicsAccountsAdminClient : PolympicsAccountsClient
{
    internal PolympicsAccountsAdminClient(PolympicsConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsAccountsAdminClient()
    {
    }

    /// <summary>Registers an account (<c>POST /accounts/new</c>); needs <c>manage_account_details</c>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiForbiddenException">Signups are closed, or the caller lacks the permission (see <see cref="PolympicsErrorDetails"/>).</exception>
    /// <exception cref="GuildhallApiException">409: the Discord id is already registered.</exception>
    public virtual Task<PolympicsAccount> CreateAsync(PolympicsNewAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.Validate();
        return Connection.SendJsonAsync(HttpMethod.Post, "accounts/new", "polympics.accounts.create", PolympicsJsonContext.Default.PolympicsAccount,
            cancellationToken, PolympicsConnection.Json(account, PolympicsJsonContext.Default.PolympicsNewAccount));
    }

    /// <summary>Changes an account (<c>PATCH /account/{id}</c>); see <see cref="PolympicsAccountUpdate"/> for who may change what.</summary>
    /// <param name="id">The Discord id.</param>
    /// <param name="update">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A field is empty (the server would silently ignore it) or too long.</exception>
    public virtual Task<PolympicsAccount> UpdateAsync(ulong id, PolympicsAccountUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        update.Validate();
        return Connection.SendJsonAsync(HttpMethod.Patch, $"account/{PolympicsConnection.Id(id)}", "polympics.accounts.update", PolympicsJsonContext.Default.PolympicsAccount,
            cancellationToken, PolympicsConnection.Json(update, PolympicsJsonContext.Default.PolympicsAccountUpdate));
    }

    /// <summary>Copies the name, discriminator and avatar from Discord, given the account's own Discord user token. Needs no permission.</summary>
    /// <param name="id">The Discord id.</param>
    /// <param name="discordToken">A Discord OAuth2 token with the <c>identify</c> scope, for that same user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiValidationException">Discord refused the token (422 "Bad Discord user token.").</exception>
    /// <exception cref="ApiForbiddenException">The token belongs to another user.</exception>
    public virtual Task<PolympicsAccount> RefreshFromDiscordAsync(ulong id, string discordToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(discordToken);
        return UpdateAsync(id, new PolympicsAccountUpdate { DiscordToken = discordToken }, cancellationToken);
    }

    /// <summary>Deletes an account (<c>DELETE /account/{id}</c>); needs <c>manage_account_details</c>, or a session of that account.</summary>
    /// <param name="id">The Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task DeleteAsync(ulong id, CancellationToken cancellationToken = default) =>
        Connection.SendAsync(HttpMethod.Delete, $"account/{PolympicsConnection.Id(id)}", "polympics.accounts.delete", cancellationToken);
}
