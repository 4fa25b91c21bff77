using Guildhall.Polympics.Callbacks;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics;

/// <summary>
/// A client authenticated as an app (<c>A&lt;id&gt;</c>): everything its permissions allow, plus callbacks, sessions for
/// accounts and its own token reset.
/// </summary>
public class PolympicsAppClient : PolympicsAuthenticatedClient
{
    /// <summary>Creates a client with its own HTTP connection pool and default settings.</summary>
    /// <param name="credentials">App credentials (<c>A&lt;id&gt;</c>).</param>
    /// <exception cref="ArgumentException">The credentials are a session's.</exception>
    public PolympicsAppClient(PolympicsCredentials credentials)
        : this(credentials, new PolympicsClientOptions())
    {
    }

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    /// <param name="credentials">App credentials (<c>A&lt;id&gt;</c>); they replace <see cref="PolympicsClientOptions.Credentials"/> in a copy of <paramref name="options"/>, which is left as it is.</param>
    /// <param name="options">The settings, checked here.</param>
    /// <exception cref="ArgumentException">The credentials are a session's.</exception>
    public PolympicsAppClient(PolympicsCredentials credentials, PolympicsClientOptions options)
        : this(Connect(null, With(options, credentials), PolympicsCredentialKind.App, typeof(PolympicsAppClient)))
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>, which the caller keeps owning, as the app of
    /// <see cref="PolympicsClientOptions.Credentials"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="options">The settings, with the app's credentials.</param>
    /// <exception cref="ArgumentException">The options hold no credentials, or a session's.</exception>
    public PolympicsAppClient(HttpClient httpClient, PolympicsClientOptions options)
        : this(Connect(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options, PolympicsCredentialKind.App, typeof(PolympicsAppClient)))
    {
    }

    private PolympicsAppClient(PolympicsConnection connection)
        : base(connection)
    {
        Callbacks = new PolympicsCallbacksClient(connection);
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected PolympicsAppClient()
    {
        Callbacks = new PolympicsCallbacksClient(null);
    }

    /// <summary>The app's event callbacks.</summary>
    public virtual PolympicsCallbacksClient Callbacks { get; }

    /// <summary>Creates a session for an account (<c>POST /auth/create_session</c>); needs <c>authenticate_users</c>.</summary>
    /// <param name="accountId">The account's Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<PolympicsSession> CreateSessionAsync(ulong accountId, CancellationToken cancellationToken = default) =>
        Connection.SendJsonAsync(HttpMethod.Post, "auth/create_session", "polympics.auth.create_session", PolympicsJsonContext.Default.PolympicsSession,
            cancellationToken, PolympicsConnection.Json(new PolympicsSessionRequestBody(accountId), PolympicsJsonContext.Default.PolympicsSessionRequestBody), responseIsSecret: true);

    /// <summary>The authenticated app (<c>GET /auth/me</c>), without its token.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<PolympicsApp> GetSelfAsync(CancellationToken cancellationToken = default) =>
        Connection.SendJsonAsync(HttpMethod.Get, "auth/me", "polympics.auth.me", PolympicsJsonContext.Default.PolympicsApp, cancellationToken);

    /// <summary>
    /// Replaces the app's token (<c>POST /auth/reset_token</c>) and switches this client to it. Calls made meanwhile wait
    /// for the switch, so none goes out with the retired token. Store the returned token: the old one no longer works.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<PolympicsAppCredentials> ResetTokenAsync(CancellationToken cancellationToken = default)
    {
        var provider = CredentialProvider;
        var renewed = await provider.ResetAsync(
            token => Connection.SendJsonAsync(HttpMethod.Post, "auth/reset_token", "polympics.auth.reset_token", PolympicsJsonContext.Default.PolympicsAppCredentials, token, responseIsSecret: true),
            answer => answer.ToCredentials(),
            cancellationToken).ConfigureAwait(false);
        PolympicsLog.TokenReset(Connection.Logger, renewed.Username);
        return renewed;
    }
}
