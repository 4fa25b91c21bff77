namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>The two generations of the Top.gg HTTP API, which differ in auth rules and error bodies.</summary>
internal enum TopGgApiGeneration
{
    /// <summary><c>/api/...</c>: raw or Bearer tokens, <c>{"message":...}</c> errors.</summary>
    V0,

    /// <summary><c>/api/v1/...</c>: Bearer current tokens only, <c>application/problem+json</c> errors.</summary>
    V1,
}
