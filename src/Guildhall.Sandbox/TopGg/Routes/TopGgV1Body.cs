

using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>Reads a v1 request body, answering an empty or malformed one the way ASP.NET model binding does.</summary>
internal static class TopGgV1Body
{
    /// <param name="http">The request.</param>
    /// <param name="parameterName">The server-side name of the body parameter, named in the "field is required" error
    /// (Top.gg's commands endpoint calls it <c>createPackets</c>), or <see langword="null"/>.</param>
    public static async Task<(JsonNode? Body, IResult? Error)> ReadAsync(HttpContext http, string? parameterName = null)
    {
        var body = await TopGgRequestBody.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (!body.IsEmpty && body.Error is null && body.Node is not null)
        {
            return (body.Node, null);
        }

        var errors = body.IsEmpty
            ? new TopGgValidationErrors().Add("", "A non-empty request body is required.")
            : new TopGgValidationErrors().Add("$", body.Error ?? "The JSON value null is not allowed here.");
        if (parameterName is not null)
        {
            errors.Add(parameterName, $"The {parameterName} field is required.");
        }

        return (null, TopGgProblemReplies.Validation(errors));
    }

    /// <summary>Reads the body and parses it; either the value and the body, or the 400 to answer.</summary>
    public static async Task<(T? Value, JsonNode? Body, IResult? Error)> ReadAsync<T>(
        HttpContext http, Func<JsonNode, (T? Value, TopGgValidationErrors Errors)> parse)
        where T : class
    {
        var (body, unreadable) = await ReadAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return (null, null, unreadable);
        }

        var (value, errors) = parse(body!);
        return value is null ? (null, body, TopGgProblemReplies.Validation(errors)) : (value, body, null);
    }
}
