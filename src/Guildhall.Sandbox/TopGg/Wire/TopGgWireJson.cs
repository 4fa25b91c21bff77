using System.Text.Encodings.Web;
using System.Text.Json;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// How the emulator writes JSON: like Top.gg's JavaScript backend, without escaping <c>&amp;</c>, <c>&lt;</c> or
/// non-ASCII text (a webhook's <c>"query":"?a=1&amp;b=2"</c> arrives as written).
/// </summary>
internal static class TopGgWireJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode node) => node.ToJsonString(Options);
}
