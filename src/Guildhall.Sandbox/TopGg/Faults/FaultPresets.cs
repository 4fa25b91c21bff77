using System.Collections.Frozen;

namespace Guildhall.Sandbox.TopGg.Faults;

/// <summary>
/// Named failures seen in the wild: a JSON 500, an HTML 502 from the CDN, a 429 with only the header or only the body,
/// a 200 whose JSON is cut off, and a dropped connection. Admin requests may override any part of a preset.
/// </summary>
internal static class FaultPresets
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = FrozenDictionary<string, string>.Empty;

    public static readonly IReadOnlyDictionary<string, TopGgFault> All = new Dictionary<string, TopGgFault>(StringComparer.OrdinalIgnoreCase)
    {
        ["json-500"] = new(500, "application/json; charset=utf-8", """{"message":"Internal Server Error"}""", NoHeaders, false, null),
        ["html-502"] = new(502, "text/html; charset=UTF-8", CdnBadGatewayPage, NoHeaders, false, null),
        ["rate-limit-header-only"] = new(
            429, null, "", new Dictionary<string, string> { ["Retry-After"] = "3600" }, false, null),
        ["rate-limit-body-only"] = new(429, "application/json; charset=utf-8", """{"retry-after":3600}""", NoHeaders, false, null),
        ["truncated-json"] = new(
            200, "application/json; charset=utf-8", """{"results":[{"id":"1108398810645790727","username":"Guildhall Sa""", NoHeaders, false, null),
        ["connection-reset"] = new(0, null, "", NoHeaders, true, null),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private const string CdnBadGatewayPage =
        """
        <!DOCTYPE html>
        <html lang="en-US">
        <head><title>top.gg | 502: Bad gateway</title><meta charset="UTF-8" /></head>
        <body>
        <div id="cf-wrapper">
          <h1><span class="cf-error-type">Error</span> <span class="cf-error-code">502</span></h1>
          <h2 class="cf-subheadline">Bad gateway</h2>
          <p>The web server reported a bad gateway error.</p>
          <p>Cloudflare Ray ID: <strong>8f3a2b1c0d9e8f7a</strong></p>
        </div>
        </body>
        </html>
        """;
}
