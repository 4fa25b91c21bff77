using System.Text.Json;
using Guildhall.Core;
using Guildhall.Polympics.Http;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics;

/// <summary>
/// A client authenticated as a user session (<c>S&lt;id&gt;</c>): it acts as that account, with that account's
/// permissions, until the session expires.
/// </summary>
public class PolympicsUserClient : PolympicsAuthenticatedClient
{
    /// <summary>Creates a client with its own HTTP connection pool and default settings.</summary>
    /// <param name="credentials">Session credentials (<c>S&lt;id&gt;</c>).</param>
    /// <exception cref="ArgumentException">The credentials are an app's.</exception>
    public PolympicsUserClient(PolympicsCredentials credentials)
        : this(credentials, new PolympicsClientOptions())
    {
    }

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    /// <param name="credentials">Session credentials (<c>S&lt;id&gt;</c>); they replace <see cref="PolympicsClientOptions.Credentials"/> in a copy of <paramref name="options"/>, which is left as it is.</param>
    /// <param name="options">The settings, checked here.</param>
    /// <exception cref="ArgumentException">The credentials are an app's.</exception>
    public PolympicsUserClient(PolympicsCredentials credentials, PolympicsClientOptions options)
        : base(Connect(null, With(options, credentials), PolympicsCredentialKind.Session, typeof(PolympicsUserClient)))
    {
    }

    /// <summary>Creates a client for a session an app created or Discord sign-in returned, with default settings.</summary>
    /// <param name="session">The session.</param>
    public PolympicsUserClient(PolympicsSession session)
        : this(session, new PolympicsClientOptions())
    {
    }

    /// <summary>Creates a client for a session an app created or Discord sign-in returned.</summary>
    /// <param name="session">The session.</param>
    /// <param name="options">The settings, checked here; left as they are.</param>
    public PolympicsUserClient(PolympicsSession session, PolympicsClientOptions options)
        : this((session ?? throw new ArgumentNullException(nameof(session))).ToCredentials(), options)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>, which the caller keeps owning, as the session of
    /// <see cref="PolympicsClientOptions.Credentials"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="options">The settings, with the session's credentials.</param>
    /// <exception cref="ArgumentException">The options hold no credentials, or an app's.</exception>
    public PolympicsUserClient(HttpClient httpClient, PolympicsClientOptions options)
        : base(Connect(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options, PolympicsCredentialKind.Session, typeof(PolympicsUserClient)))
    {
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected PolympicsUserClient()
    {
    }

    /// <summary>The session's account (<c>GET /auth/me</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<PolympicsAccount> GetSelfAsync(CancellationToken cancellationToken = default) =>
        Connection.SendJsonAsync(HttpMethod.Get, "auth/me", "polympics.auth.me", PolympicsJsonContext.Default.PolympicsAccount, cancellationToken);

    /// <summary>
    /// Resets the session's token (<c>POST /auth/reset_token</c>). When the server returns the renewed session (as
    /// documented) the client switches to it. The server in fact returns the account and keeps the new token to itself:
    /// then the session is lost, <see cref="PolympicsSessionReset.IsSessionLost"/> is set, and later calls on this client
    /// fail with <see cref="PolympicsSessionLostException"/> without being sent.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<PolympicsSessionReset> ResetTokenAsync(CancellationToken cancellationToken = default)
    {
        var provider = CredentialProvider;
        var username = provider.Current.Username;
        var reset = await provider.ResetAsync(
            async token => ReadReset(await Connection.SendAsync(HttpMethod.Post, "auth/reset_token", "polympics.auth.reset_token", token, responseIsSecret: true).ConfigureAwait(false)),
            answer => answer.Session?.ToCredentials(),
            cancellationToken).ConfigureAwait(false);
        if (reset.IsSessionLost)
        {
            PolympicsLog.SessionLost(Connection.Logger, username);
        }
        else
        {
            PolympicsLog.TokenReset(Connection.Logger, username);
        }

        return reset;
    }

    /// <summary>Tells the documented answer (a session: it has a password) from the actual one (the account).</summary>
    private static PolympicsSessionReset ReadReset(ApiResponse response)
    {
        var isSession = false;
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            isSession = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("password", out _);
        }
        catch (JsonException)
        {
            // Not JSON at all: ReadJson below raises the transport's usual invalid-response error.
        }

        return isSession
            ? new PolympicsSessionReset { Session = response.ReadJson(PolympicsJsonContext.Default.PolympicsSession) }
            : new PolympicsSessionReset { Account = response.ReadJson(PolympicsJsonContext.Default.PolympicsAccount) };
    }
}
