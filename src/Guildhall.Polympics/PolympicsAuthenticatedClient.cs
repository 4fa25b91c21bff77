using Guildhall.Polympics.Accounts;
using Guildhall.Polympics.Awards;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Teams;

namespace Guildhall.Polympics;

/// <summary>
/// What app and user clients share: on top of reading, they create, change and delete accounts, teams and awards, as
/// far as their permissions allow.
/// </summary>
public abstract class PolympicsAuthenticatedClient : PolympicsClient
{
    private protected PolympicsAuthenticatedClient(PolympicsConnection connection)
        : base(connection, new PolympicsAccountsAdminClient(connection), new PolympicsTeamsAdminClient(connection), new PolympicsAwardsAdminClient(connection))
    {
    }

    /// <summary>For mocking.</summary>
    protected PolympicsAuthenticatedClient()
    {
    }

    /// <summary>Accounts: signups, get, search, create, update, delete.</summary>
    public override PolympicsAccountsAdminClient Accounts => (PolympicsAccountsAdminClient)base.Accounts;

    /// <summary>Teams: get, search, create, rename, delete.</summary>
    public override PolympicsTeamsAdminClient Teams => (PolympicsTeamsAdminClient)base.Teams;

    /// <summary>Awards: get, create, update, delete, give, take.</summary>
    public override PolympicsAwardsAdminClient Awards => (PolympicsAwardsAdminClient)base.Awards;

    /// <summary>The username the client authenticates as now (<c>A&lt;id&gt;</c> or <c>S&lt;id&gt;</c>).</summary>
    public virtual string Username => CredentialProvider.Current.Username;

    private protected PolympicsCredentialProvider CredentialProvider =>
        Connection.Credentials ?? throw new InvalidOperationException("An authenticated client always has credentials.");

    private protected static PolympicsCredentials RequireKind(PolympicsCredentials credentials, PolympicsCredentialKind kind, string clientName)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return credentials.Kind == kind
            ? credentials
            : throw new ArgumentException($"{clientName} needs {(kind == PolympicsCredentialKind.App ? "app (A<id>)" : "session (S<id>)")} credentials, not {credentials.Username}.", nameof(credentials));
    }
}
