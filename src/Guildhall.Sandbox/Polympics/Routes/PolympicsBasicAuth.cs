using System.Net.Http.Headers;
using System.Text;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>FastAPI's <c>HTTPBasic()</c> dependency: reads <c>Authorization: Basic base64(user:password)</c>.</summary>
internal static class PolympicsBasicAuth
{
    /// <summary>
    /// Reads the credentials, or returns the 401 FastAPI sends: <c>Not authenticated</c> when the header is missing or not
    /// Basic, <c>Invalid authentication credentials</c> when its value is not base64 of <c>user:password</c>.
    /// </summary>
    public static IResult? TryRead(HttpRequest request, out string username, out string password)
    {
        username = password = "";
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized("Not authenticated");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(header.Parameter ?? "");
        }
        catch (FormatException)
        {
            return Unauthorized("Invalid authentication credentials");
        }

        // The server decodes the pair as ASCII and refuses anything else.
        var decoded = Encoding.ASCII.GetString(bytes);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (!Ascii.IsValid(bytes) || colon < 0)
        {
            return Unauthorized("Invalid authentication credentials");
        }

        username = decoded[..colon];
        password = decoded[(colon + 1)..];
        return null;
    }

    private static WithBasicChallenge Unauthorized(string detail) => new WithBasicChallenge(PolympicsResults.Detail(StatusCodes.Status401Unauthorized, detail));

    private sealed class WithBasicChallenge(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Basic";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
