using System.Text;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>JSON responses as Top.gg's v0 writes them: <c>application/json; charset=utf-8</c>, the exact type topggpy 1.4.0 requires.</summary>
internal static class TopGgJsonReplies
{
    public const string ContentType = "application/json";

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(TopGgWireJson.Write(body), ContentType, Encoding.UTF8, status);

    /// <summary>The v0 error shape for 400 and 404: <c>{"message":"Bot not found"}</c>.</summary>
    public static IResult Message(int status, string message) =>
        Json(new JsonObject { ["message"] = message }, status);

    /// <summary>The v0 error shape for 401 and 403: <c>{"error":"Unauthorized"}</c>.</summary>
    public static IResult Error(int status, string error) => Json(new JsonObject { ["error"] = error }, status);

    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "Forbidden");

    public static IResult BotNotFound() => Message(StatusCodes.Status404NotFound, "Bot not found");
}
