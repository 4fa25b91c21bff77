using System.Text.Json;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// All parameters of a request as one JSON object, like Laravel's <c>request()->all()</c>: query string, then form or
/// JSON body (the body wins). Array parameters (<c>mods[]=HD</c>) become arrays.
/// </summary>
internal static class OsuRequestInput
{
    public static async Task<JsonObject?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var result = new JsonObject();
        foreach (var (key, values) in request.Query)
        {
            Set(result, key, values.Select(v => (JsonNode?)v).ToList());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (key, values) in form)
            {
                Set(result, key, values.Select(v => (JsonNode?)v).ToList());
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (body is not JsonObject fields)
                {
                    return body is null ? result : null;
                }

                foreach (var (key, value) in fields.ToList())
                {
                    result[key] = value?.DeepClone();
                }
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return result;
    }

    private static void Set(JsonObject result, string key, List<JsonNode?> values)
    {
        if (key.EndsWith("[]", StringComparison.Ordinal))
        {
            result[key[..^2]] = new JsonArray([.. values]);
        }
        else
        {
            result[key] = values.LastOrDefault();
        }
    }
}
