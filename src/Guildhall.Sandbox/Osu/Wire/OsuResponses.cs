using System.Text.Encodings.Web;
using System.Text.Json;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>The bodies osu-web answers with: JSON documents and its error shapes (<c>App\Exceptions\Handler</c>).</summary>
internal static class OsuResponses
{
    public const string JsonType = "application/json";

    // PHP's json_encode leaves '+', '<', '&' and non-ASCII letters alone; only the default web encoder escapes them.
    private static readonly JsonSerializerOptions WireOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Content(body.ToJsonString(WireOptions), JsonType, statusCode: status);

    /// <summary><c>{"error": message}</c>; a <see langword="null"/> message is sent as JSON null, as for plain 404s.</summary>
    public static IResult Error(int status, string? message) =>
        Json(new JsonObject { ["error"] = message }, status);

    /// <summary>404 for a missing model: <c>Specified {model} couldn't be found.</c></summary>
    public static IResult ModelNotFound(string model) => Error(StatusCodes.Status404NotFound, $"Specified {model} couldn't be found.");

    /// <summary>404 <c>{"error":null}</c>.</summary>
    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, null);

    /// <summary>422 <c>{"error": message}</c> (osu-web's <c>InvariantException</c> and <c>abort(422, ...)</c>).</summary>
    public static IResult Invalid(string? message) => Error(StatusCodes.Status422UnprocessableEntity, message);

    /// <summary>401 <c>{"authentication":"basic"}</c>: no, invalid, expired or revoked token, or a route that needs a user.</summary>
    public static IResult Unauthenticated() =>
        Json(new JsonObject { ["authentication"] = "basic" }, StatusCodes.Status401Unauthorized);

    /// <summary>403 when the token lacks the route's scope.</summary>
    public static IResult MissingScope() => Error(StatusCodes.Status403Forbidden, "A required scope is missing.");

    /// <summary>429 as osu-web renders Laravel's throttle exception (a fresh response, so no rate-limit headers).</summary>
    public static IResult TooManyAttempts() => Error(StatusCodes.Status429TooManyRequests, "Too Many Attempts.");

    /// <summary>
    /// An OAuth server error in league/oauth2-server's shape: <c>error</c>, <c>error_description</c>, optional
    /// <c>hint</c>, and the deprecated duplicate <c>message</c>.
    /// </summary>
    public static IResult OAuthError(int status, string error, string description, string? hint = null)
    {
        var body = new JsonObject { ["error"] = error, ["error_description"] = description };
        if (hint is not null)
        {
            body["hint"] = hint;
        }

        body["message"] = description;
        return Json(body, status);
    }
}
