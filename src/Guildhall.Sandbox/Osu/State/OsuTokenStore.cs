
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The OAuth state of the emulator: registered applications, authorization codes, access and refresh tokens. Times
/// come from the host's <see cref="TimeProvider"/>; access tokens live <see cref="AccessTokenLifetime"/> (one day, as on
/// osu!), refresh tokens three months, codes ten minutes (Passport's defaults).
/// </summary>
internal sealed class OsuTokenStore(TimeProvider time)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, OsuAccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OsuRefreshToken> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OsuAuthorizationCode> _codes = new(StringComparer.Ordinal);

    public static TimeSpan DefaultAccessTokenLifetime { get; } = TimeSpan.FromSeconds(86400);

    public IReadOnlyList<OsuOAuthClient> Clients { get; } =
    [
        new(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "Guildhall Sandbox", OsuSandboxCredentials.RedirectUri, OsuSandboxCredentials.UserId),
        new(OsuSandboxCredentials.BotClientId, OsuSandboxCredentials.BotClientSecret, "Guildhall Sandbox Bot", OsuSandboxCredentials.RedirectUri, OsuSandboxCredentials.BotUserId),
    ];

    /// <summary>How long newly issued access tokens live (<c>expires_in</c>); changed through the admin routes.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = DefaultAccessTokenLifetime;

    /// <summary>The user <c>/oauth/authorize</c> approves as.</summary>
    public long AuthorizingUserId { get; set; } = OsuSandboxCredentials.UserId;

    public DateTimeOffset Now => time.GetUtcNow();

    public OsuOAuthClient? FindClient(long id) => Clients.FirstOrDefault(c => c.Id == id);

    public OsuAuthorizationCode CreateCode(OsuOAuthClient client, long userId, IReadOnlyList<string> scopes, string? redirectUri)
    {
        var code = new OsuAuthorizationCode
        {
            Value = OsuJwt.NewOpaque(),
            ClientId = client.Id,
            UserId = userId,
            Scopes = scopes,
            RedirectUri = redirectUri,
            ExpiresAt = Now.AddMinutes(10),
        };
        lock (_sync)
        {
            _codes[code.Value] = code;
        }

        return code;
    }

    public OsuAuthorizationCode? FindCode(string value)
    {
        lock (_sync)
        {
            return _codes.GetValueOrDefault(value);
        }
    }

    /// <summary>Issues an access token (and a refresh token unless it is a client-credentials grant).</summary>
    public (OsuAccessToken Access, OsuRefreshToken? Refresh) Issue(long clientId, long? userId, IReadOnlyList<string> scopes, string grant)
    {
        var now = Now;
        var id = OsuJwt.NewId();
        var expires = now + AccessTokenLifetime;
        var access = new OsuAccessToken
        {
            Id = id,
            Value = OsuJwt.Create(id, clientId, userId, scopes, now, expires),
            ClientId = clientId,
            UserId = userId,
            Scopes = scopes,
            Grant = grant,
            CreatedAt = now,
            ExpiresAt = expires,
        };
        var refresh = grant == "client_credentials"
            ? null
            : new OsuRefreshToken { Value = OsuJwt.NewOpaque(), AccessToken = access, ExpiresAt = now.AddMonths(3) };
        lock (_sync)
        {
            _accessTokens[access.Value] = access;
            if (refresh is not null)
            {
                _refreshTokens[refresh.Value] = refresh;
            }
        }

        return (access, refresh);
    }

    public OsuAccessToken? FindAccessToken(string value)
    {
        lock (_sync)
        {
            return _accessTokens.GetValueOrDefault(value);
        }
    }

    /// <summary>The token with this bearer value if it is neither revoked nor expired.</summary>
    public OsuAccessToken? FindActiveAccessToken(string value)
    {
        var now = Now;
        lock (_sync)
        {
            return _accessTokens.TryGetValue(value, out var token) && token.IsActive(now) ? token : null;
        }
    }

    /// <summary>Marks a code used; <see langword="false"/> when it already was (codes are single-use, also under races).</summary>
    public bool TryRedeem(OsuAuthorizationCode code)
    {
        lock (_sync)
        {
            if (code.Revoked)
            {
                return false;
            }

            code.Revoked = true;
            return true;
        }
    }

    /// <summary>
    /// Revokes a refresh token and its access token for rotation; <see langword="false"/> when it was already revoked
    /// (another refresh won the race).
    /// </summary>
    public bool TryRotate(OsuRefreshToken refresh)
    {
        lock (_sync)
        {
            if (refresh.Revoked)
            {
                return false;
            }

            refresh.Revoked = true;
            refresh.AccessToken.Revoked = true;
            return true;
        }
    }

    public OsuAccessToken? FindAccessTokenById(string id)
    {
        lock (_sync)
        {
            return _accessTokens.Values.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
        }
    }

    public OsuRefreshToken? FindRefreshToken(string value)
    {
        lock (_sync)
        {
            return _refreshTokens.GetValueOrDefault(value);
        }
    }

    /// <summary>Revokes an access token and the refresh token issued with it (<c>revokeRecursive</c>).</summary>
    public void Revoke(OsuAccessToken token)
    {
        lock (_sync)
        {
            token.Revoked = true;
            foreach (var refresh in _refreshTokens.Values.Where(r => ReferenceEquals(r.AccessToken, token)))
            {
                refresh.Revoked = true;
            }
        }
    }

    /// <summary>Makes a token expire now, as if its lifetime had passed.</summary>
    public void Expire(OsuAccessToken token)
    {
        lock (_sync)
        {
            token.ExpiresAt = Now;
        }
    }

    /// <summary>Makes a refresh token expire now.</summary>
    public void Expire(OsuRefreshToken token)
    {
        lock (_sync)
        {
            token.ExpiresAt = Now;
        }
    }

    public IReadOnlyList<OsuAccessToken> AccessTokens()
    {
        lock (_sync)
        {
            return [.. _accessTokens.Values.OrderBy(t => t.CreatedAt)];
        }
    }

    public OsuRefreshToken? RefreshTokenOf(OsuAccessToken token)
    {
        lock (_sync)
        {
            return _refreshTokens.Values.FirstOrDefault(r => ReferenceEquals(r.AccessToken, token));
        }
    }

    public void CountHit(OsuAccessToken token)
    {
        lock (_sync)
        {
            token.Hits++;
        }
    }
}
