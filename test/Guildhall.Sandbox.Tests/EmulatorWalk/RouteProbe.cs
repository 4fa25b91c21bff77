namespace Guildhall.Sandbox.Tests.EmulatorWalk;

/// <summary>One method of one mapped route, with its parameters filled in with seeded values.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route template as mapped, for example <c>/tatsu/v1/users/{userId}/profile</c>.</param>
/// <param name="Path">The template with its parameters filled in.</param>
/// <param name="Api">The emulated API the route belongs to (<c>topgg</c>, <c>tatsu</c>, <c>osu</c>, <c>polympics</c>), or <c>host</c>.</param>
public sealed record RouteProbe(string Method, string Template, string Path, string Api)
{
    /// <summary>Whether the route belongs to an admin surface (<c>/_sandbox/...</c>) rather than an emulated API.</summary>
    public bool IsAdmin => Template.StartsWith("/_sandbox", StringComparison.Ordinal);

    /// <summary>Whether a request with this method carries a body the route may read.</summary>
    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    public override string ToString() => $"{Method} {Template}";
}
