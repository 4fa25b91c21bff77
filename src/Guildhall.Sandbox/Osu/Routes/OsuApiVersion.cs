namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>The <c>x-api-version</c> request header as an integer; missing or malformed means 0, as in osu-web's <c>api_version()</c>.</summary>
internal static class OsuApiVersion
{
    public static int Of(HttpRequest request) =>
        OsuQuery.ParseInt(request.Headers["x-api-version"].FirstOrDefault()) ?? 0;
}
