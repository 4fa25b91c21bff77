using System.Net;
using System.Text;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// A redirect as osu-web (Laravel) sends it: 302 with <c>Location</c>, and a small HTML page linking the target, so the
/// answer is typed <c>text/html; charset=utf-8</c> like every other answer of the real site.
/// </summary>
internal sealed class OsuRedirect(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var target = WebUtility.HtmlEncode(location);
        httpContext.Response.StatusCode = StatusCodes.Status302Found;
        httpContext.Response.Headers.Location = location;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        return httpContext.Response.WriteAsync(
            $"<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>Redirecting to {target}</title></head><body><a href=\"{target}\">{target}</a></body></html>",
            Encoding.UTF8,
            httpContext.RequestAborted);
    }
}
