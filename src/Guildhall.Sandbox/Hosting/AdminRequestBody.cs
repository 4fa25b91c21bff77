using System.Text.Json;

namespace Guildhall.Sandbox.Hosting;

/// <summary>Reads the JSON object an admin route takes as its body; each emulator answers a bad one in its own shape.</summary>
internal static class AdminRequestBody
{
    /// <summary>The body as a JSON object, or why it is not one (empty, malformed, or another kind of JSON value).</summary>
    public static async Task<(JsonObject? Body, string? Problem)> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return node is JsonObject body ? (body, null) : (null, "The body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            return (null, $"The body is not JSON: {exception.Message}");
        }
    }
}
