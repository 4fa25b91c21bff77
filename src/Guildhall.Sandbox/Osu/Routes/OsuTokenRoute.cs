using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;
using Microsoft.Extensions.Logging;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary><c>POST /oauth/token</c>: the client-credentials, authorization-code and refresh-token grants.</summary>
internal sealed class OsuTokenRoute(OsuTokenStore store, OsuWorld world, OsuRateLimiter limiter, SandboxOptions options, ILogger<OsuTokenRoute> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var key = "token-endpoint:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
        var verdict = limiter.Hit("oauth-token", key, limiter.TokenLimit, 1, options.EnforceRateLimits);
        if (!verdict.Allowed)
        {
            return OsuResponses.TooManyAttempts();
        }

        context.Response.Headers["X-RateLimit-Limit"] = limiter.TokenLimit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remaining"] = verdict.Remaining.ToString(CultureInfo.InvariantCulture);

        var request = await OsuTokenRequest.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var grant = request["grant_type"];
        if (grant is not ("client_credentials" or "authorization_code" or "refresh_token"))
        {
            return OsuOAuthErrors.UnsupportedGrantType();
        }

        if (request["client_id"] is not { } clientIdText)
        {
            return OsuOAuthErrors.InvalidRequest("client_id");
        }

        var client = long.TryParse(clientIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var clientId) ? store.FindClient(clientId) : null;
        if (client is null || !string.Equals(client.Secret, request["client_secret"], StringComparison.Ordinal))
        {
            return OsuOAuthErrors.InvalidClient();
        }

        return grant switch
        {
            "client_credentials" => ClientCredentials(client, request),
            "authorization_code" => AuthorizationCode(client, request),
            _ => RefreshToken(client, request),
        };
    }

    private IResult ClientCredentials(OsuOAuthClient client, OsuTokenRequest request)
    {
        var scopes = OsuScopes.Parse(request["scope"]);
        if (scopes.FirstOrDefault(s => !OsuScopes.Known.Contains(s)) is { } unknown)
        {
            return OsuOAuthErrors.InvalidScope(unknown);
        }

        if (OsuScopes.Validate(scopes, clientCredentials: true, OwnerIsBot(client), ownToken: false) is { } rule)
        {
            return OsuOAuthErrors.ScopeRule(rule);
        }

        return Issued(store.Issue(client.Id, null, scopes, "client_credentials"));
    }

    private IResult AuthorizationCode(OsuOAuthClient client, OsuTokenRequest request)
    {
        if (request["code"] is not { } value)
        {
            return OsuOAuthErrors.InvalidRequest("code");
        }

        var code = store.FindCode(value);
        if (code is null)
        {
            return OsuOAuthErrors.InvalidRequest("code", "Cannot decrypt the authorization code");
        }

        if (code.ExpiresAt <= store.Now)
        {
            return OsuOAuthErrors.InvalidGrant("Authorization code has expired");
        }

        if (code.Revoked)
        {
            return CodeRevoked();
        }

        if (code.ClientId != client.Id)
        {
            return OsuOAuthErrors.InvalidRequest("code", "Authorization code was not issued to this client");
        }

        var redirectUri = request["redirect_uri"];
        if (code.RedirectUri is not null && redirectUri is null)
        {
            return OsuOAuthErrors.InvalidRequest("redirect_uri");
        }

        if (!string.Equals(redirectUri, code.RedirectUri, StringComparison.Ordinal))
        {
            return OsuOAuthErrors.InvalidRequest("redirect_uri", "Invalid redirect URI");
        }

        return store.TryRedeem(code) ? Issued(store.Issue(client.Id, code.UserId, code.Scopes, "authorization_code")) : CodeRevoked();
    }

    private IResult RefreshToken(OsuOAuthClient client, OsuTokenRequest request)
    {
        if (request["refresh_token"] is not { } value)
        {
            return OsuOAuthErrors.InvalidRequest("refresh_token");
        }

        var refresh = store.FindRefreshToken(value);
        if (refresh is null)
        {
            return OsuOAuthErrors.InvalidRefreshToken("Cannot decrypt the refresh token");
        }

        if (refresh.AccessToken.ClientId != client.Id)
        {
            return OsuOAuthErrors.InvalidRefreshToken("Token is not linked to client");
        }

        if (refresh.ExpiresAt <= store.Now)
        {
            return OsuOAuthErrors.InvalidRefreshToken("Token has expired");
        }

        if (refresh.Revoked)
        {
            return RefreshRevoked();
        }

        // A refresh may narrow the scopes but never widen them.
        var scopes = request["scope"] is { } requested ? OsuScopes.Parse(requested) : [.. refresh.AccessToken.Scopes];
        if (scopes.FirstOrDefault(s => !refresh.AccessToken.Scopes.Contains(s, StringComparer.Ordinal)) is { } wider)
        {
            return OsuOAuthErrors.InvalidScope(wider);
        }

        return store.TryRotate(refresh) ? Issued(store.Issue(client.Id, refresh.AccessToken.UserId, scopes, "refresh_token")) : RefreshRevoked();
    }

    private static IResult CodeRevoked() => OsuOAuthErrors.InvalidGrant("Authorization code has been revoked");

    private static IResult RefreshRevoked() => OsuOAuthErrors.InvalidRefreshToken("Token has been revoked");

    private bool OwnerIsBot(OsuOAuthClient client)
    {
        lock (world.Sync)
        {
            return world.Users.TryGetValue(client.OwnerUserId, out var owner) && owner.IsBot;
        }
    }

    private IResult Issued((OsuAccessToken Access, OsuRefreshToken? Refresh) issued)
    {
        var (access, refresh) = issued;
        OsuLog.TokenIssued(logger, access.ClientId, access.Grant, access.Id);
        var body = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)Math.Round((access.ExpiresAt - access.CreatedAt).TotalSeconds),
            ["access_token"] = access.Value,
        };
        if (refresh is not null)
        {
            body["refresh_token"] = refresh.Value;
        }

        return OsuResponses.Json(body);
    }
}
