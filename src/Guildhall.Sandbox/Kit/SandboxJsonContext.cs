using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Sandbox.Kit;

/// <summary>
/// Serializer metadata for what the sandbox writes through ASP.NET Core's JSON results, generated at build time so the
/// sandbox runs trimmed and as Native AOT: ASP.NET Core's web defaults, as its reflection-based results used.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(IReadOnlyList<SandboxCredential>))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
