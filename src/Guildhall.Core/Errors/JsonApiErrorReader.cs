using System.Globalization;
using System.Text.Json;

namespace Guildhall.Core.Errors;

/// <summary>
/// Reads the error shapes most JSON APIs use: <c>message</c>/<c>detail</c>/<c>title</c>/<c>error</c> for the message,
/// <c>code</c> for the error code, <c>retry-after</c>/<c>retry_after</c> in seconds, RFC 7807 problem details with an
/// <c>errors</c> map, FastAPI's <c>detail: [{loc, msg, type}]</c> list, and <c>traceId</c>/<c>request_id</c>. Anything
/// else (an HTML page from a CDN, an empty body) yields a message that says what the body was.
/// </summary>
public class JsonApiErrorReader : IApiErrorReader
{
    /// <summary>A shared instance; the reader keeps no state.</summary>
    public static JsonApiErrorReader Instance { get; } = new();

    /// <inheritdoc />
    public virtual ApiErrorDetails Read(ApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Body.IsEmpty)
        {
            return new ApiErrorDetails();
        }

        if (!response.IsJson)
        {
            return new ApiErrorDetails { Message = DescribeNonJsonBody(response) };
        }

        try
        {
            using var document = JsonDocument.Parse(response.ReadText());
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? ReadObject(document.RootElement)
                : new ApiErrorDetails { Message = "the error body is JSON but not an object" };
        }
        catch (JsonException)
        {
            return new ApiErrorDetails { Message = "the error body is malformed or truncated JSON" };
        }
    }

    /// <summary>Reads a JSON object error body. Override to add an API's own fields.</summary>
    /// <param name="root">The body's root object.</param>
    protected virtual ApiErrorDetails ReadObject(JsonElement root)
    {
        var validation = ReadValidationErrors(root);
        return new ApiErrorDetails
        {
            Message = FirstString(root, "message", "detail", "title", "error_description", "error", "hint")
                ?? (validation.Count > 0 ? validation[0].Message : null),
            ErrorCode = FirstScalar(root, "code", "type"),
            RetryAfter = ReadSeconds(root, "retry-after", "retry_after", "retryAfter"),
            RequestId = FirstString(root, "traceId", "trace_id", "request_id", "requestId"),
            ValidationErrors = validation,
        };
    }

    /// <summary>The first property among <paramref name="names"/> that holds a non-empty string.</summary>
    protected static string? FirstString(JsonElement root, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The first property among <paramref name="names"/> that holds a string or a number, as text.</summary>
    protected static string? FirstScalar(JsonElement root, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value))
            {
                if (value.ValueKind == JsonValueKind.Number)
                {
                    return value.GetRawText();
                }

                if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>A number of seconds (a JSON number or numeric string) from the first property among <paramref name="names"/>.</summary>
    protected static TimeSpan? ReadSeconds(JsonElement root, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return null;
    }

    private static List<ApiValidationError> ReadValidationErrors(JsonElement root)
    {
        var errors = new List<ApiValidationError>();
        if (root.TryGetProperty("errors", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in map.EnumerateObject())
            {
                foreach (var message in field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray() : Enumerable.Repeat(field.Value, 1))
                {
                    errors.Add(new ApiValidationError(field.Name, message.ValueKind == JsonValueKind.String ? message.GetString()! : message.GetRawText(), null));
                }
            }
        }

        foreach (var name in (ReadOnlySpan<string>)["detail", "errors"])
        {
            if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                errors.AddRange(list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).Select(ReadLocatedError));
            }
        }

        return errors;
    }

    private static ApiValidationError ReadLocatedError(JsonElement item)
    {
        var location = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
            ? string.Join('.', loc.EnumerateArray().Select(part => part.ValueKind == JsonValueKind.String ? part.GetString() : part.GetRawText()))
            : FirstString(item, "field", "location", "path") ?? "";
        return new ApiValidationError(location, FirstString(item, "msg", "message", "detail") ?? item.GetRawText(), FirstString(item, "type", "code"));
    }

    private static string DescribeNonJsonBody(ApiResponse response)
    {
        // Even a page title is text from the body, and a credential-bearing answer's body is never quoted.
        var title = response.IsSecret ? null : ExtractHtmlTitle(response.ReadText());
        if (title is not null)
        {
            return $"the API answered with an HTML page titled \"{title}\" (a proxy or CDN error page?)";
        }

        return string.Equals(response.MediaType, "text/html", StringComparison.OrdinalIgnoreCase)
            ? "the API answered with an HTML page (a proxy or CDN error page?)"
            : $"the API answered with a {response.MediaType ?? "non-JSON"} body";
    }

    private static string? ExtractHtmlTitle(string text)
    {
        var start = text.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        start += "<title>".Length;
        var end = text.IndexOf("</title>", start, StringComparison.OrdinalIgnoreCase);
        return end > start ? text[start..end].Trim() : null;
    }
}
