namespace Guildhall.Sandbox.Kit;

/// <summary>
/// <c>GET /_sandbox/rate-limits</c>: the sandbox's own count of what every API's rate limiter saw
/// (<see cref="SandboxRateCounters"/>), to check from outside that a client never exceeded a limit.
/// </summary>
internal static class SandboxRateCounterRoutes
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/_sandbox/rate-limits", (SandboxRateCounters counters) => SandboxJson.Result(counters.Describe()));
}
