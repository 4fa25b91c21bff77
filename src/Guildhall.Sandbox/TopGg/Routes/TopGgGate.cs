using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// What stands in front of every emulated route, in the order the real edge applies it: the token check, then the
/// per-token rate limits. Queued faults (the CDN or an outage answering instead of the API) come before both, from the
/// host's shared fault queue.
/// </summary>
/// <param name="generation">v0 or v1: decides the auth rules and the error bodies.</param>
/// <param name="botsRoute">Whether the route is under <c>/bots</c> and so also counts against 60/minute.</param>
internal sealed class TopGgGate(TopGgApiGeneration generation, bool botsRoute) : IEndpointFilter
{
    public const string Prefix = "/topgg/api";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var state = services.GetRequiredService<TopGgState>();
        var (caller, failure) = TopGgAuthenticator.Authenticate(http.Request.Headers.Authorization, generation, state.Tokens);
        if (caller is null)
        {
            return generation == TopGgApiGeneration.V0 ? TopGgJsonReplies.Unauthorized() : TopGgProblemReplies.Unauthorized(failure!);
        }

        var verdict = services.GetRequiredService<TopGgRateLimiter>().TryAcquire(caller.Token.Value, botsRoute);
        if (!verdict.Allowed)
        {
            return RateLimited(http, verdict.RetryAfterSeconds);
        }

        caller.AttachTo(http);
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The request path under <see cref="Prefix"/>, for example <c>/bots/stats</c>.</summary>
    public static string ApiPathOf(HttpRequest request) =>
        request.Path.StartsWithSegments(Prefix, out var rest) ? rest.Value ?? "" : request.Path.Value ?? "";

    /// <summary>
    /// 429 with both forms clients read: the <c>Retry-After</c> header (topggpy) and the <c>retry-after</c> body field
    /// (top.py, the docs). v1 wraps the field in problem details.
    /// </summary>
    private IResult RateLimited(HttpContext http, long retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return generation == TopGgApiGeneration.V0
            ? TopGgJsonReplies.Json(new JsonObject { ["retry-after"] = retryAfterSeconds }, StatusCodes.Status429TooManyRequests)
            : TopGgProblemReplies.Problem(
                StatusCodes.Status429TooManyRequests,
                "Too Many Requests",
                $"You are being rate limited. Retry after {retryAfterSeconds} seconds.",
                new JsonObject { ["retry-after"] = retryAfterSeconds });
    }
}
