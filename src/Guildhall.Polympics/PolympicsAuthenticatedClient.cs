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

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected PolympicsAuthenticatedClient()
        : base(new PolympicsAccountsAdminClient(null), new PolympicsTeamsAdminClient(null), new PolympicsAwardsAdminClient(null))
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

    /// <summary>The connection of an app or user client: its options' credentials, which must be of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException">The options hold no credentials, or another kind's.</exception>
    private protected static PolympicsConnection Connect(HttpClient? httpClient, PolympicsClientOptions options, PolympicsCredentialKind kind, Type clientType)
    {
        ArgumentNullException.ThrowIfNull(options);
        var needed = kind == PolympicsCredentialKind.App ? "app (A<id>)" : "session (S<id>)";
        var credentials = options.Credentials
            ?? throw new ArgumentException($"{clientType.Name} needs {needed} credentials: pass them, or set PolympicsClientOptions.Credentials.", nameof(options));
        return credentials.Kind == kind
            ? new PolympicsConnection(httpClient, options, credentials, clientType)
            : throw new ArgumentException($"{clientType.Name} needs {needed} credentials, not {credentials.Username}.", nameof(options));
    }

    /// <summary>A copy of <paramref name="options"/> with <paramref name="credentials"/>, for the constructors that take them apart.</summary>
    private protected static PolympicsClientOptions With(PolympicsClientOptions options, PolympicsCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        return options.WithCredentials(credentials);
    }
}
