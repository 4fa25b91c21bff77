using System.Text.Json;
using System.Text;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// The parameters of a <c>POST /oauth/token</c>: form-encoded as the docs show, or JSON as some clients send (Laravel
/// reads both). Client credentials may also come in an HTTP Basic header (league/oauth2-server accepts it).
/// </summary>
internal sealed class OsuTokenRequest
{
    private readonly Dictionary<string, string?> _values;

    private OsuTokenRequest(Dictionary<string, string?> values) => _values = values;

    public string? this[string name] => _values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public static async Task<OsuTokenRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var field in form)
            {
                values[field.Key] = field.Value.FirstOrDefault();
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false) is JsonObject json)
                {
                    foreach (var field in json)
                    {
                        values[field.Key] = field.Value is JsonValue value ? value.ToString() : field.Value?.ToJsonString();
                    }
                }
            }
            catch (JsonException)
            {
                // A malformed body carries no parameters; the grant checks then name what is missing.
            }
        }

        AddBasicCredentials(request, values);
        return new OsuTokenRequest(values);
    }

    private static void AddBasicCredentials(HttpRequest request, Dictionary<string, string?> values)
    {
        var header = request.Headers.Authorization.FirstOrDefault();
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values.TryAdd("client_id", decoded[..colon]);
                values.TryAdd("client_secret", decoded[(colon + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Not Basic credentials after all; the body's client_id decides.
        }
    }
}
