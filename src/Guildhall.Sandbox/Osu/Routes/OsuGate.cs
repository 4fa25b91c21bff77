using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// What osu-web runs before every <c>/api/v2</c> action, in its order: the throttle (keyed by token, else client
/// address; <c>X-RateLimit-*</c> headers), the token check (401), the resource-owner check (401) and the route's scope
/// (403). The caller it resolves is attached to the request for the handler.
/// </summary>
internal sealed class OsuGate(OsuTokenStore tokens, OsuRateLimiter limiter, OsuWorld world, SandboxOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = ActiveToken(http.Request);
        var key = token is not null ? "token:" + token.Id : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "local");
        var cost = http.GetEndpoint()?.Metadata.GetMetadata<OsuRequestCost>()?.Cost(http.Request) ?? 1;
        var verdict = limiter.Hit("api", key, limiter.ApiLimit, Math.Max(1, cost), options.EnforceRateLimits);
        if (!verdict.Allowed)
        {
            return OsuResponses.TooManyAttempts();
        }

        http.Response.Headers["X-RateLimit-Limit"] = limiter.ApiLimit.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-RateLimit-Remaining"] = verdict.Remaining.ToString(CultureInfo.InvariantCulture);

        var requirement = http.GetEndpoint()?.Metadata.GetMetadata<OsuRouteRequirement>() ?? new OsuRouteRequirement(OsuScopes.Public);
        if (token is null)
        {
            // The few public reads osu-web serves without a token (news, wiki, changelog, comments...).
            return requirement.Scope == OsuScopes.None ? await next(context).ConfigureAwait(false) : OsuResponses.Unauthenticated();
        }

        tokens.CountHit(token);
        OsuUser? owner;
        lock (world.Sync)
        {
            owner = ResourceOwner(token);
        }

        if (requirement.RequiresUser && owner is null)
        {
            return OsuResponses.Unauthenticated();
        }

        if (requirement.Scope is not ("any" or OsuScopes.None) && !token.Can(requirement.Scope))
        {
            return OsuResponses.MissingScope();
        }

        new OsuCaller(token, owner).AttachTo(http);
        return await next(context).ConfigureAwait(false);
    }

    private OsuAccessToken? ActiveToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.FirstOrDefault();
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return tokens.FindActiveAccessToken(header["Bearer ".Length..].Trim());
    }

    private OsuUser? ResourceOwner(OsuAccessToken token)
    {
        if (token.UserId is { } userId)
        {
            return world.Users.GetValueOrDefault(userId);
        }

        return token.Can(OsuScopes.Delegate) && tokens.FindClient(token.ClientId) is { } client
            ? world.Users.GetValueOrDefault(client.OwnerUserId)
            : null;
    }
}
