namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// Endpoint metadata: the scope a route needs (<c>any</c> for every token) and whether it needs a resource owner
/// (osu-web's <c>auth</c> middleware, which answers 401 before the scope is looked at).
/// </summary>
internal sealed record OsuRouteRequirement(string Scope, bool RequiresUser = false);
