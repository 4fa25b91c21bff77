
using Guildhall.Sandbox.Osu.Routes;
using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Admin;

/// <summary>
/// Admin routes for OAuth and limits: list issued tokens (ids and metadata only, never token values), expire one,
/// change the lifetime of new tokens, choose the user <c>/oauth/authorize</c> approves as, change the rate limits.
/// </summary>
internal static class OsuAdminTokenRoutes
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/tokens", (OsuTokenStore store) => SandboxJson.Result(new JsonArray([.. store.AccessTokens().Select(t => (JsonNode)Describe(store, t))])));
        admin.MapPost("/tokens/expire", ExpireAsync);
        admin.MapGet("/token-lifetime", (OsuTokenStore store) => Lifetime(store));
        admin.MapPut("/token-lifetime", SetLifetimeAsync);
        admin.MapPut("/authorizing-user", SetAuthorizingUserAsync);
        admin.MapPut("/rate-limits", SetRateLimitsAsync);
    }

    // Body: {"access_token": "..."} or {"id": "<jti>"}; "refresh_token": true also expires its refresh token.
    private static async Task<IResult> ExpireAsync(HttpRequest request, OsuTokenStore store)
    {
        var body = await OsuAdminBody.ReadAsync(request).ConfigureAwait(false);
        var token = OsuAdminBody.String(body, "access_token") is { } value ? store.FindAccessToken(value)
            : OsuAdminBody.String(body, "id") is { } id ? store.FindAccessTokenById(id)
            : null;
        if (token is null)
        {
            return SandboxJson.Result(new JsonObject { ["error"] = "no such token" }, StatusCodes.Status404NotFound);
        }

        store.Expire(token);
        if (OsuAdminBody.Bool(body, "refresh_token") == true && store.RefreshTokenOf(token) is { } refresh)
        {
            store.Expire(refresh);
        }

        return SandboxJson.Result(Describe(store, token));
    }

    private static async Task<IResult> SetLifetimeAsync(HttpRequest request, OsuTokenStore store)
    {
        var body = await OsuAdminBody.ReadAsync(request).ConfigureAwait(false);
        if (OsuAdminBody.Long(body, "seconds") is not { } seconds || seconds <= 0)
        {
            return OsuAdminBody.BadRequest("seconds must be a positive integer");
        }

        store.AccessTokenLifetime = TimeSpan.FromSeconds(seconds);
        return Lifetime(store);
    }

    private static async Task<IResult> SetAuthorizingUserAsync(HttpRequest request, OsuTokenStore store, State.OsuWorld world)
    {
        var body = await OsuAdminBody.ReadAsync(request).ConfigureAwait(false);
        var userId = OsuAdminBody.Long(body, "user_id");
        bool known;
        lock (world.Sync)
        {
            known = userId is { } id && world.Users.ContainsKey(id);
        }

        if (!known)
        {
            return OsuAdminBody.BadRequest("user_id must be a seeded user");
        }

        store.AuthorizingUserId = userId!.Value;
        return SandboxJson.Result(new JsonObject { ["user_id"] = store.AuthorizingUserId });
    }

    // Body: {"api_per_minute": n, "token_per_minute": n}; either may be left out.
    private static async Task<IResult> SetRateLimitsAsync(HttpRequest request, OsuRateLimiter limiter)
    {
        var body = await OsuAdminBody.ReadAsync(request).ConfigureAwait(false);
        var api = OsuAdminBody.Long(body, "api_per_minute");
        var token = OsuAdminBody.Long(body, "token_per_minute");
        if (api is <= 0 || token is <= 0)
        {
            return OsuAdminBody.BadRequest("limits must be positive integers");
        }

        limiter.ApiLimit = (int)(api ?? limiter.ApiLimit);
        limiter.TokenLimit = (int)(token ?? limiter.TokenLimit);
        return SandboxJson.Result(new JsonObject { ["api_per_minute"] = limiter.ApiLimit, ["token_per_minute"] = limiter.TokenLimit });
    }

    private static IResult Lifetime(OsuTokenStore store) => SandboxJson.Result(new JsonObject { ["seconds"] = (long)store.AccessTokenLifetime.TotalSeconds });

    private static JsonObject Describe(OsuTokenStore store, OsuAccessToken token) => new()
    {
        ["id"] = token.Id,
        ["client_id"] = token.ClientId,
        ["user_id"] = token.UserId,
        ["grant"] = token.Grant,
        ["scopes"] = new JsonArray([.. token.Scopes.Select(s => (JsonNode)s)]),
        ["created_at"] = OsuJsonTime.Offset(token.CreatedAt),
        ["expires_at"] = OsuJsonTime.Offset(token.ExpiresAt),
        ["revoked"] = token.Revoked,
        ["active"] = token.IsActive(store.Now),
        ["has_refresh_token"] = store.RefreshTokenOf(token) is not null,
        ["hits"] = token.Hits,
    };
}
