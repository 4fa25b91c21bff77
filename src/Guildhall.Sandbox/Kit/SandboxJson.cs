using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Sandbox.Kit;

/// <summary>JSON answers of the sandbox's own routes, written with build-time metadata (<see cref="SandboxJsonContext"/>).</summary>
internal static class SandboxJson
{
    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="body"/> as <c>application/json</c>.</summary>
    public static IResult Result(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, RelaxedNode, statusCode: statusCode);

    // ASP.NET Core's JSON results escaped only what HTML needs (a quote in a message stays a quote); the generated
    // context alone would escape more. Same metadata, the encoder the reflection-based results used.
    private static readonly JsonTypeInfo<JsonNode> RelaxedNode = (JsonTypeInfo<JsonNode>)new JsonSerializerOptions(SandboxJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.GetTypeInfo(typeof(JsonNode));
}
