using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Guildhall.Core;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;

namespace Guildhall.Osu.Authentication;

/// <summary>
/// osu!'s OAuth endpoints: client credentials (the app client), the authorization code flow (an authorize URL with a
/// <c>state</c>, the callback check and the code exchange), refresh tokens and revocation. Thread-safe.
/// </summary>
public class OsuOAuthClient : ApiClient
{
    /// <summary>Creates the client over <paramref name="httpClient"/>, which the caller keeps owning.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">The settings, validated here.</param>
    public OsuOAuthClient(HttpClient httpClient, OsuClientOptions options)
        : base(Connect(httpClient, options))
    {
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected OsuOAuthClient()
    {
    }

    /// <summary>The connection at the site's root: OAuth lives at <c>oauth/</c> below it, the API at <c>api/v2/</c>.</summary>
    private OsuConnection Connection => GetConnection<OsuConnection>();

    private OsuClientOptions Options => Connection.Options;

    /// <summary>
    /// Starts the authorization code flow: the address to send the user's browser to, with a fresh random
    /// <c>state</c>. osu! always adds <c>identify</c> to the scopes granted.
    /// </summary>
    /// <param name="scopes">The scopes to ask for; none means <c>identify public</c>.</param>
    /// <param name="redirectUri">The registered callback; <see langword="null"/> uses <see cref="OsuClientOptions.RedirectUri"/>.</param>
    /// <exception cref="InvalidOperationException">No redirect URI was given or configured.</exception>
    public virtual OsuAuthorizationRequest CreateAuthorizationRequest(IEnumerable<string>? scopes = null, Uri? redirectUri = null)
    {
        var redirect = redirectUri ?? Options.RedirectUri
            ?? throw new InvalidOperationException("The authorization code flow needs a redirect URI: pass one or set OsuClientOptions.RedirectUri.");
        var scopeList = scopes?.ToList() is { Count: > 0 } given ? given : [OsuScopes.Identify, OsuScopes.Public];
        var state = Base64UrlState();
        var query = new QueryBuilder("oauth/authorize")
            .Add("client_id", Options.ClientId)
            .Add("redirect_uri", redirect.AbsoluteUri)
            .Add("response_type", "code")
            .Add("scope", string.Join(' ', scopeList))
            .Add("state", state);
        return new OsuAuthorizationRequest(new Uri(Connection.Transport.Options.BaseAddress, query.ToString()), state, redirect, scopeList);
    }

    /// <summary>
    /// Reads the code from the address the browser came back to, after checking that its <c>state</c> is the one
    /// <paramref name="request"/> sent.
    /// </summary>
    /// <param name="callback">The full callback address, query included.</param>
    /// <param name="request">The request the flow started with.</param>
    /// <exception cref="OsuAuthorizationException">The user denied access, the state does not match, or there is no code.</exception>
    public virtual string ReadAuthorizationCode(Uri callback, OsuAuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(request);
        var query = ParseQuery(callback.Query);
        if (query.TryGetValue("error", out var error))
        {
            var description = query.TryGetValue("error_description", out var text) ? text : "the user did not authorize the application";
            throw new OsuAuthorizationException(error, $"osu! authorization failed ({error}): {description}.");
        }

        if (!query.TryGetValue("state", out var state) || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(state), System.Text.Encoding.UTF8.GetBytes(request.State)))
        {
            throw new OsuAuthorizationException("state_mismatch", "The callback's state does not match the authorization request: it is forged or belongs to another attempt.");
        }

        return query.TryGetValue("code", out var code) && code.Length > 0
            ? code
            : throw new OsuAuthorizationException("missing_code", "The callback carries no authorization code.");
    }

    /// <summary>Exchanges an authorization code for a user token (with a refresh token). A code works once.</summary>
    /// <param name="code">The code from the callback.</param>
    /// <param name="redirectUri">The redirect URI the flow started with; <see langword="null"/> uses <see cref="OsuClientOptions.RedirectUri"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.GuildhallApiException">osu! refused the code (used, expired, wrong redirect URI or client).</exception>
    public virtual Task<OsuToken> ExchangeCodeAsync(string code, Uri? redirectUri = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var redirect = redirectUri ?? Options.RedirectUri
            ?? throw new InvalidOperationException("The code exchange needs the redirect URI the flow started with.");
        return RequestTokenAsync(
            "osu.oauth.authorization_code",
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirect.AbsoluteUri)],
            requestedScopes: [],
            safeToRetry: false,
            cancellationToken);
    }

    /// <summary>Asks for an app token with client credentials (no user, no refresh token).</summary>
    /// <param name="scopes">The scopes; <see langword="null"/> uses <see cref="OsuClientOptions.AppClientScopes"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.GuildhallApiException">osu! refused the client or the scopes.</exception>
    public virtual Task<OsuToken> RequestClientCredentialsAsync(IEnumerable<string>? scopes = null, CancellationToken cancellationToken = default)
    {
        var scopeList = scopes?.ToList() ?? [.. Options.AppClientScopes];
        return RequestTokenAsync(
            "osu.oauth.client_credentials",
            [new("grant_type", "client_credentials"), new("scope", string.Join(' ', scopeList))],
            scopeList,
            safeToRetry: true,
            cancellationToken);
    }

    /// <summary>
    /// Trades a token's refresh token for a new token. osu! rotates refresh tokens: the old one stops working, so store
    /// the result before using it. Never repeated automatically, for the same reason.
    /// </summary>
    /// <param name="token">The token to renew; it must have a refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">The token has no refresh token.</exception>
    /// <exception cref="Core.Errors.GuildhallApiException">osu! refused the refresh token (revoked, expired, used).</exception>
    public virtual Task<OsuToken> RefreshAsync(OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var refreshToken = token.RefreshToken ?? throw new InvalidOperationException("The token has no refresh token; client-credentials tokens are renewed by asking for a new one.");
        return RequestTokenAsync(
            "osu.oauth.refresh",
            [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)],
            token.Scopes,
            safeToRetry: false,
            cancellationToken);
    }

    /// <summary>Revokes a token and its refresh token (<c>DELETE /api/v2/oauth/tokens/current</c>).</summary>
    /// <param name="token">The token to revoke.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task RevokeAsync(OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var connection = Connection;
        var request = connection.CreateRequest(
            HttpMethod.Delete,
            OsuClient.ApiPath + "oauth/tokens/current",
            "osu.oauth.revoke",
            authenticated: false,
            headers: new Dictionary<string, string> { ["Authorization"] = new AuthenticationHeaderValue("Bearer", token.AccessToken).ToString() });
        await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static OsuConnection Connect(HttpClient httpClient, OsuClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new OsuConnection(httpClient, options, options.BaseAddress, credentials: null, typeof(OsuOAuthClient));
    }

    private async Task<OsuToken> RequestTokenAsync(
        string operation,
        List<KeyValuePair<string, string>> grant,
        IReadOnlyList<string> requestedScopes,
        bool safeToRetry,
        CancellationToken cancellationToken)
    {
        var connection = Connection;
        grant.InsertRange(0, [new("client_id", connection.Options.ClientId.ToString(CultureInfo.InvariantCulture)), new("client_secret", connection.Options.ClientSecret!)]);
        var request = connection.CreateRequest(HttpMethod.Post, "oauth/token", operation, ApiContent.Form(grant), safeToRetry, responseIsSecret: true, authenticated: false);
        var issuedAt = connection.TimeProvider.GetUtcNow();
        var response = ReadTokenResponse(await connection.SendAsync(request, cancellationToken).ConfigureAwait(false));
        var hasClaims = OsuJwtClaims.TryRead(response.AccessToken, out var ownerId, out var scopes);
        return new OsuToken
        {
            AccessToken = response.AccessToken,
            RefreshToken = response.RefreshToken,
            TokenType = string.IsNullOrEmpty(response.TokenType) ? "Bearer" : response.TokenType,
            ExpiresAt = issuedAt + TimeSpan.FromSeconds(response.ExpiresIn),
            Scopes = hasClaims && scopes.Count > 0 ? scopes : requestedScopes,
            OwnerId = ownerId,
        };
    }

    /// <summary>Reads a token response; one without an access token and a lifetime is unusable.</summary>
    private static TokenResponse ReadTokenResponse(ApiResponse raw)
    {
        var response = raw.ReadJson(OsuJson.TypeInfo<TokenResponse>());
        return string.IsNullOrEmpty(response.AccessToken) || response.ExpiresIn <= 0
            ? throw raw.CreateUnusableResponseException("the token response lacks an access token or a lifetime")
            : response;
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((separator < 0 ? pair : pair[..separator]).Replace('+', ' '));
            var value = separator < 0 ? "" : Uri.UnescapeDataString(pair[(separator + 1)..].Replace('+', ' '));
            values.TryAdd(name, value);
        }

        return values;
    }

    private static string Base64UrlState() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
