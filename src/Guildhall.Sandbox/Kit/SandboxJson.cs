namespace Guildhall.Sandbox.Kit;

/// <summary>JSON answers of the sandbox's own routes, written with build-time metadata (<see cref="SandboxJsonContext"/>).</summary>
internal static class SandboxJson
{
    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="body"/> as <c>application/json</c>.</summary>
    public static IResult Result(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, SandboxJsonContext.Default.JsonNode, statusCode: statusCode);
}
