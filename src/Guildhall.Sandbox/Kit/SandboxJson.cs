using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Sandbox.Kit;

/// <summary>JSON answers of the sandbox's own routes, written with build-time metadata (<see cref="SandboxJsonContext"/>).</summary>
internal static class SandboxJson
{
    /// <summary>Answers <paramref name="statusCode"/> with <paramref name="body"/> as <c>application/json</c>.</summary>
    public static IResult Result(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, RelaxedNode, statusCode: statusCode);

    /// <summary>Answers 200 with <paramref name="body"/>, a type of <see cref="SandboxJsonContext"/>, escaped like <see cref="Result(JsonNode, int)"/>.</summary>
    public static IResult Typed<T>(T body) => Results.Json(body, (JsonTypeInfo<T>)Relaxed.GetTypeInfo(typeof(T)));

    // ASP.NET Core's JSON results escaped only what HTML needs (a quote in a message stays a quote); the generated
    // context alone would escape more. Same metadata, the encoder the reflection-based results used.
    private static readonly JsonSerializerOptions Relaxed = new(SandboxJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<JsonNode> RelaxedNode = (JsonTypeInfo<JsonNode>)Relaxed.GetTypeInfo(typeof(JsonNode));
}
