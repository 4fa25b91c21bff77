using Guildhall.Core.Errors;
using Guildhall.Polympics.Accounts;
using Guildhall.Polympics.Awards;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;
using Guildhall.Polympics.Teams;

namespace Guildhall.Polympics;

/// <summary>
/// A Polympics client without credentials: it reads accounts, teams and awards and signs users in with Discord.
/// <see cref="PolympicsAppClient"/> and <see cref="PolympicsUserClient"/> add what needs credentials, so a call the
/// server would refuse for lack of them does not compile. Thread-safe and meant to live as long as the application.
/// </summary>
/// <remarks>
/// The Python wrapper also offers account updates here, because a Discord refresh needs no permission. The server still
/// demands a Basic header on <c>PATCH /account/{id}</c> and answers 401 without one, so updates live on the
/// authenticated clients only.
/// </remarks>
public class PolympicsClient : Core.ApiClient
{
    private readonly PolympicsConnection? _connection;
    private readonly PolympicsAccountsClient _accounts = null!;
    private readonly PolympicsTeamsClient _teams = null!;
    private readonly PolympicsAwardsClient _awards = null!;

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    /// <param name="options">The settings (base address, timeout, retries...), checked here; <see langword="null"/> for the public server and the defaults.</param>
    public PolympicsClient(PolympicsClientOptions? options = null)
        : this(new PolympicsConnection(null, options, null))
    {
    }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>, which the caller keeps owning.</summary>
    /// <param name="httpClient">The HTTP client; leave its own timeout infinite, the client enforces <see cref="Core.ApiClientOptions.Timeout"/>.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    public PolympicsClient(HttpClient httpClient, PolympicsClientOptions? options = null)
        : this(new PolympicsConnection(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options, null))
    {
    }

    private protected PolympicsClient(PolympicsConnection connection)
        : this(connection, new PolympicsAccountsClient(connection), new PolympicsTeamsClient(connection), new PolympicsAwardsClient(connection))
    {
    }

    private protected PolympicsClient(PolympicsConnection connection, PolympicsAccountsClient accounts, PolympicsTeamsClient teams, PolympicsAwardsClient awards)
        : base(connection)
    {
        _connection = connection;
        _accounts = accounts;
        _teams = teams;
        _awards = awards;
    }

    /// <summary>For mocking.</summary>
    protected PolympicsClient()
    {
    }

    /// <summary>Accounts: signups, get, search.</summary>
    public virtual PolympicsAccountsClient Accounts => _accounts;

    /// <summary>Teams: get, search.</summary>
    public virtual PolympicsTeamsClient Teams => _teams;

    /// <summary>Awards: get with holders and team.</summary>
    public virtual PolympicsAwardsClient Awards => _awards;

    private protected PolympicsConnection Connection => _connection ?? throw new InvalidOperationException("This client was created for mocking.");

    /// <summary>
    /// Signs a Discord user in (<c>POST /auth/discord</c>) and returns a session to use with
    /// <see cref="PolympicsUserClient"/>. The user's account is created on the way while signups are open.
    /// </summary>
    /// <param name="discordToken">A Discord OAuth2 user token with the <c>identify</c> scope.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiUnauthorizedException">Discord refused the token ("Bad Discord user token.").</exception>
    /// <exception cref="ApiForbiddenException">The user has no account and signups are closed.</exception>
    public virtual Task<PolympicsSession> AuthenticateWithDiscordAsync(string discordToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(discordToken);
        var request = new Core.ApiRequest(HttpMethod.Post, "auth/discord")
        {
            OperationName = "polympics.auth.discord",
            Authenticated = false,
            ResponseIsSecret = true,
            Content = PolympicsConnection.Json(new PolympicsDiscordTokenBody(discordToken), PolympicsJsonContext.Default.PolympicsDiscordTokenBody),
        };
        return Connection.Transport.SendAsync(request, PolympicsJsonContext.Default.PolympicsSession, cancellationToken);
    }
}
