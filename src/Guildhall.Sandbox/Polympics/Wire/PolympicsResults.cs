using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;

namespace Guildhall.Sandbox.Polympics.Wire;

/// <summary>The response shapes of the Polympics server (FastAPI): JSON bodies, <c>{"detail": ...}</c> errors, bare statuses.</summary>
internal static class PolympicsResults
{
    // Starlette writes compact JSON with ensure_ascii=False: non-ASCII text goes out as UTF-8, not as \u escapes.
    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(Wire), "application/json", Encoding.UTF8, statusCode);

    public static IResult Empty(int statusCode) => new PolympicsEmptyResult(statusCode);

    /// <summary>An <c>HTTPException</c>: <c>{"detail": "message"}</c>.</summary>
    public static IResult Detail(int statusCode, string message) =>
        Json(new JsonObject { ["detail"] = message }, statusCode);

    /// <summary>A 422 listing every issue found in the path, query and body.</summary>
    public static IResult Invalid(IEnumerable<PolympicsIssue> issues) =>
        Json(new JsonObject { ["detail"] = new JsonArray([.. issues.Select(i => (JsonNode)i.ToJson())]) }, StatusCodes.Status422UnprocessableEntity);

    /// <summary>The 403 of a failed permission check (<c>auth_assert</c>).</summary>
    public static IResult OutsideScope() => Detail(StatusCodes.Status403Forbidden, "Request outside of authorisation scope.");

    /// <summary>An unhandled server error (a database constraint, a division by zero): plain text, not JSON.</summary>
    public static IResult InternalError() =>
        Results.Text("Internal Server Error", "text/plain", Encoding.UTF8, StatusCodes.Status500InternalServerError);
}
