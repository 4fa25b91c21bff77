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
    /// <summary>The name of the <see cref="HttpClient"/> that <c>AddPolympicsClient</c> and <c>AddPolympicsAppClient</c> register with the HTTP client factory.</summary>
    public const string HttpClientName = "Guildhall.Polympics";

    /// <summary>
    /// Creates a client with its own HTTP connection pool. The anonymous client has no credential, so this is the shape of
    /// the other clients' <c>(credentials, options)</c>: <c>new PolympicsClient(new PolympicsClientOptions())</c> reads the
    /// public server.
    /// </summary>
    /// <param name="options">The settings (base address, timeout, retries...), checked here. <see cref="PolympicsClientOptions.Credentials"/> are not sent.</param>
    public PolympicsClient(PolympicsClientOptions options)
        : this(new PolympicsConnection(null, options ?? throw new ArgumentNullException(nameof(options)), null, typeof(PolympicsClient)))
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>, which the caller keeps owning: one from
    /// <c>IHttpClientFactory</c>, or one with handlers of your own in front (<see cref="Core.ApiHttpClient.Create(DelegatingHandler[])"/>).
    /// </summary>
    /// <param name="httpClient">The HTTP client; leave its own timeout infinite, the client enforces <see cref="Core.ApiClientOptions.Timeout"/>.</param>
    /// <param name="options">The settings. <see cref="PolympicsClientOptions.Credentials"/> are not sent.</param>
    public PolympicsClient(HttpClient httpClient, PolympicsClientOptions options)
        : this(new PolympicsConnection(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options ?? throw new ArgumentNullException(nameof(options)), null, typeof(PolympicsClient)))
    {
    }

    /// <summary>
    /// The client-side buckets of the options' credentials, as every client package describes them: none, since Polympics
    /// documents no rate limit, so the client keeps no budget of its own.
    /// </summary>
    /// <param name="options">The settings whose credentials would be described.</param>
    /// <returns>An empty list.</returns>
    public static IReadOnlyList<Core.RateLimiting.RateLimitBucketDescription> DescribeRateLimits(PolympicsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }

    private protected PolympicsClient(PolympicsConnection connection)
        : this(connection, new PolympicsAccountsClient(connection), new PolympicsTeamsClient(connection), new PolympicsAwardsClient(connection))
    {
    }

    private protected PolympicsClient(PolympicsConnection connection, PolympicsAccountsClient accounts, PolympicsTeamsClient teams, PolympicsAwardsClient awards)
        : base(connection)
    {
        Accounts = accounts;
        Teams = teams;
        Awards = awards;
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected PolympicsClient()
        : this(new PolympicsAccountsClient(null), new PolympicsTeamsClient(null), new PolympicsAwardsClient(null))
    {
    }

    /// <summary>For mocking, with the sub-clients (without a connection) of a client that has more.</summary>
    private protected PolympicsClient(PolympicsAccountsClient accounts, PolympicsTeamsClient teams, PolympicsAwardsClient awards)
    {
        Accounts = accounts;
        Teams = teams;
        Awards = awards;
    }

    /// <summary>Accounts: signups, get, search.</summary>
    public virtual PolympicsAccountsClient Accounts { get; }

    /// <summary>Teams: get, search.</summary>
    public virtual PolympicsTeamsClient Teams { get; }

    /// <summary>Awards: get with holders and team.</summary>
    public virtual PolympicsAwardsClient Awards { get; }

    private protected PolympicsConnection Connection => GetConnection<PolympicsConnection>();

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
        var connection = Connection;
        var request = connection.CreateRequest(
            HttpMethod.Post,
            "auth/discord",
            "polympics.auth.discord",
            PolympicsConnection.Json(new PolympicsDiscordTokenBody(discordToken), PolympicsJsonContext.Default.PolympicsDiscordTokenBody),
            responseIsSecret: true,
            authenticated: false);
        return connection.SendJsonAsync(request, PolympicsJsonContext.Default.PolympicsSession, cancellationToken);
    }
}
