using System.Collections.Frozen;
using Guildhall.Sandbox.Faults;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// Named failures seen in the wild, as faults for the host's shared fault queue scoped to <c>/topgg/api</c>: a JSON
/// 500, an HTML 502 from the CDN, a 429 with only the header or only the body, a 200 whose JSON is cut off, and a
/// dropped connection. Admin requests may override any part of a preset.
/// </summary>
internal static class TopGgFaultPresets
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static readonly IReadOnlyDictionary<string, SandboxFault> All = new Dictionary<string, SandboxFault>(StringComparer.OrdinalIgnoreCase)
    {
        ["json-500"] = Answer(500, JsonContentType, """{"message":"Internal Server Error"}"""),
        ["html-502"] = Answer(502, "text/html; charset=UTF-8", CdnBadGatewayPage),
        ["rate-limit-header-only"] = Answer(429, JsonContentType, null) with
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Retry-After"] = "3600" },
        },
        ["rate-limit-body-only"] = Answer(429, JsonContentType, """{"retry-after":3600}"""),
        ["truncated-json"] = Answer(200, JsonContentType, """{"results":[{"id":"1108398810645790727","username":"Guildhall Sa"""),
        ["connection-reset"] = Answer(500, JsonContentType, null) with { Kind = SandboxFaultKind.Abort },
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

    /// <summary>A canned answer for every Top.gg API request, once; <paramref name="body"/> <see langword="null"/> sends none.</summary>
    public static SandboxFault Answer(int status, string contentType, string? body) =>
        new(SandboxFaultKind.Status, Routes.TopGgGate.Prefix + "/", null, status, body, contentType, FrozenDictionary<string, string>.Empty, TimeSpan.Zero, 1);
}
