namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>Declares what an API route needs, read by <see cref="OsuGate"/>.</summary>
internal static class OsuRouteExtensions
{
    /// <summary>The route needs <paramref name="scope"/> (<c>any</c> for every token) and, with <paramref name="user"/>, a resource owner.</summary>
    public static RouteHandlerBuilder Requires(this RouteHandlerBuilder builder, string scope, bool user = false) =>
        builder.WithMetadata(new OsuRouteRequirement(scope, user));

    /// <summary>The request costs more than one rate-limit hit.</summary>
    public static RouteHandlerBuilder Costs(this RouteHandlerBuilder builder, Func<HttpRequest, int> cost) =>
        builder.WithMetadata(new OsuRequestCost(cost));
}
