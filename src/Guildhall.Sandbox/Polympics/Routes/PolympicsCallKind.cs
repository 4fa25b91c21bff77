namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>What a route depends on, which decides the order of its early failures.</summary>
[Flags]
internal enum PolympicsCallKind
{
    /// <summary>A read-only route: no body, no credentials.</summary>
    Public = 0,

    /// <summary>The route declares a JSON body model; a body that is not JSON fails with 422 before anything else.</summary>
    WithBody = 1,

    /// <summary>The route depends on Basic credentials; a missing header fails with 401 before validation.</summary>
    Authenticated = 2,
}
