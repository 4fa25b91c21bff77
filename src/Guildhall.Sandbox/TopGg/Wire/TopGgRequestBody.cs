using System.Text.Json;
using System.Text;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>A request body read as JSON: the node, or why it could not be read.</summary>
/// <param name="Node">The parsed body; <see langword="null"/> when empty, malformed, or the JSON literal <c>null</c>.</param>
/// <param name="IsEmpty">Whether the body was empty or whitespace.</param>
/// <param name="Error">The parser's message when the body is not valid JSON.</param>
internal sealed record TopGgRequestBody(JsonNode? Node, bool IsEmpty, string? Error)
{
    public static async Task<TopGgRequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TopGgRequestBody(null, IsEmpty: true, null);
        }

        try
        {
            return new TopGgRequestBody(JsonNode.Parse(text), IsEmpty: false, null);
        }
        catch (JsonException error)
        {
            return new TopGgRequestBody(null, IsEmpty: false, error.Message);
        }
    }
}
