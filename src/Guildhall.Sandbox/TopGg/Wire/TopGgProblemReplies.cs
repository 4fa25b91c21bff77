using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// v1 errors: RFC 7807 <c>application/problem+json</c> with <c>{type,title,status,detail}</c>; validation failures use
/// the ASP.NET shape with <c>errors</c> and <c>traceId</c>, as Top.gg's v1 backend does.
/// </summary>
internal static class TopGgProblemReplies
{
    public const string ContentType = "application/problem+json";

    public static IResult Problem(int status, string title, string detail, JsonObject? extensions = null)
    {
        var body = new JsonObject
        {
            ["type"] = TypeOf(status),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        foreach (var (name, value) in extensions ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return Write(body, status);
    }

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad Request", detail);

    public static IResult Unauthorized(string detail) =>
        Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);

    /// <summary>The 400 ASP.NET validation problem: <c>errors</c> maps a field path to its messages.</summary>
    public static IResult Validation(TopGgValidationErrors errors)
    {
        var body = new JsonObject
        {
            ["type"] = TypeOf(StatusCodes.Status400BadRequest),
            ["title"] = "One or more validation errors occurred.",
            ["status"] = StatusCodes.Status400BadRequest,
            ["errors"] = errors.ToJson(),
            ["traceId"] = NewTraceId(),
        };
        return Write(body, StatusCodes.Status400BadRequest);
    }

    private static IResult Write(JsonObject body, int status) =>
        Results.Text(TopGgWireJson.Write(body), ContentType, Encoding.UTF8, status);

    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        StatusCodes.Status403Forbidden => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        _ => "about:blank",
    };

    /// <summary>A W3C trace-context id, the form ASP.NET puts in <c>traceId</c>.</summary>
    private static string NewTraceId() =>
        $"00-{RandomNumberGenerator.GetHexString(32, lowercase: true)}-{RandomNumberGenerator.GetHexString(16, lowercase: true)}-00";
}
