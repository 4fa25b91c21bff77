using Guildhall.Sandbox.Polympics.Wire;
using Microsoft.AspNetCore.Routing.Template;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// What the server answers for a request no route takes: Starlette's 405 <c>Method Not Allowed</c> when the path exists
/// with other methods, and 404 <c>Not Found</c> otherwise, both as <c>{"detail": ...}</c>.
/// </summary>
internal static class PolympicsUnmatchedRoute
{
    public const string Pattern = "/polympics/{**path}";

    public static IResult Answer(HttpContext context, EndpointDataSource endpoints)
    {
        var path = context.Request.Path;
        var pathExists = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/polympics/", StringComparison.Ordinal) && raw != Pattern)
            .Any(e => new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()));
        return pathExists
            ? PolympicsResults.Detail(StatusCodes.Status405MethodNotAllowed, "Method Not Allowed")
            : PolympicsResults.Detail(StatusCodes.Status404NotFound, "Not Found");
    }
}
