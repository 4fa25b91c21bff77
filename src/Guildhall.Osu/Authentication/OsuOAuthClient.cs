using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Guildhall.Core;
using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;

namespace Guildhall.Osu.Authentication;

/// <summary>
/// osu!'s OAuth endpoints: client credentials (the app client), the authorization code flow (an authorize URL with a
/// <c>state</c>, the callback check and the code exchange), refresh tokens and revocation. Thread-safe.
/// </summary>
public class OsuOAuthClient : IDisposable
{
    private readonly OsuClientOptions _options;
    private readonly ApiTransport _transport;
    private readonly ApiTransport _apiTransport;

    /// <summary>Creates the client over <paramref name="httpClient"/>, which the caller keeps owning.</summary>
    /// <param name="options">The settings, validated here.</param>
    /// <param name="httpClient">The HTTP client to send with.</param>
    public OsuOAuthClient(OsuClientOptions options, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        options.Validate();
        _options = options;
        _transport = new ApiTransport(httpClient, options.CreateTransportOptions(options.BaseAddress, null));
        _apiTransport = new ApiTransport(httpClient, options.CreateTransportOptions(OsuClient.ApiBase(options), null));
    }

    /// <summary>For mocking.</summary>
    protected OsuOAuthClient()
    {
        _options = null!;
        _transport = null!;
        _apiTransport = null!;
    }

    /// <summary>The options' clock, read at each use, the system clock when none is set.</summary>
    private TimeProvider Clock => _options.TimeProvider ?? TimeProvider.System;

    /// <summary>
    /// Starts the authorization code flow: the address to send the user's browser to, with a fresh random
    /// <c>state</c>. osu! always adds <c>identify</c> to the scopes granted.
    /// </summary>
    /// <param name="scopes">The scopes to ask for; none means <c>identify public</c>.</param>
    /// <param name="redirectUri">The registered callback; <see langword="null"/> uses <see cref="OsuClientOptions.RedirectUri"/>.</param>
    /// <exception cref="InvalidOperationException">No redirect URI was given or configured.</exception>
    public virtual OsuAuthorizationRequest CreateAuthorizationRequest(IEnumerable<string>? scopes = null, Uri? redirectUri = null)
    {
        var redirect = redirectUri ?? _options.RedirectUri
            ?? throw new InvalidOperationException("The authorization code flow needs a redirect URI: pass one or set OsuClientOptions.RedirectUri.");
        var scopeList = scopes?.ToList() is { Count: > 0 } given ? given : [OsuScopes.Identify, OsuScopes.Public];
        var state = Base64UrlState();
        var query = new QueryBuilder("oauth/authorize")
            .Add("client_id", _options.ClientId)
            .Add("redirect_uri", redirect.AbsoluteUri)
            .Add("response_type", "code")
            .Add("scope", string.Join(' ', scopeList))
            .Add("state", state);
        return new OsuAuthorizationRequest(new Uri(_transport.Options.BaseAddress, query.ToString()), state, redirect, scopeList);
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
        var redirect = redirectUri ?? _options.RedirectUri
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
        var scopeList = scopes?.ToList() ?? [.. _options.AppClientScopes];
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
        var request = new ApiRequest(HttpMethod.Delete, "oauth/tokens/current")
        {
            OperationName = "osu.oauth.revoke",
            Authenticated = false,
            Headers = new Dictionary<string, string> { ["Authorization"] = new AuthenticationHeaderValue("Bearer", token.AccessToken).ToString() },
        };
        await _apiTransport.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the transports (never the caller's <see cref="HttpClient"/>).</summary>
    /// <param name="disposing">Whether this is a call to <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _transport is not null)
        {
            _transport.Dispose();
            _apiTransport.Dispose();
        }
    }

    private async Task<OsuToken> RequestTokenAsync(
        string operation,
        List<KeyValuePair<string, string>> grant,
        IReadOnlyList<string> requestedScopes,
        bool safeToRetry,
        CancellationToken cancellationToken)
    {
        grant.InsertRange(0, [new("client_id", _options.ClientId.ToString(CultureInfo.InvariantCulture)), new("client_secret", _options.ClientSecret!)]);
        var request = new ApiRequest(HttpMethod.Post, "oauth/token")
        {
            OperationName = operation,
            Authenticated = false,
            SafeToRetry = safeToRetry,
            Content = ApiContent.Form(grant),
            ResponseIsSecret = true,
        };
        var issuedAt = Clock.GetUtcNow();
        var response = ReadTokenResponse(await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false));
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
