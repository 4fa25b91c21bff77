using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.Osu.Wire;
using Microsoft.Extensions.Logging;

namespace Guildhall.Sandbox.Osu.Admin;

/// <summary>
/// <c>/_sandbox/osu/faults</c>, with paths relative to <c>/osu</c>. Body: <c>kind</c> — an osu! preset
/// (<c>server_error</c> = 500 <c>{"error":null}</c> as osu-web hides server errors, <c>html_502</c> = a CDN's HTML 502
/// page, <c>truncated_json</c> = the real body cut in half) or any host kind (<c>status</c>, <c>html</c>,
/// <c>truncated</c>, <c>delay</c>, <c>abort</c>); optional <c>status</c>, <c>body</c>, <c>content_type</c>,
/// <c>delay_ms</c>, <c>count</c> (default 1) and <c>path_prefix</c> (default every osu! path, for example
/// <c>/api/v2/users</c> or <c>/oauth/token</c>). Answers count what is pending: <c>{"pending": n}</c>.
/// </summary>
internal sealed class OsuAdminFaultDialect : SandboxFaultDialect
{
    public override async Task<(SandboxFault? Fault, IResult? Refusal)> ReadAsync(HttpContext context, string apiPrefix)
    {
        var body = await OsuAdminBody.ReadAsync(context.Request).ConfigureAwait(false);
        if (Preset(OsuAdminBody.String(body, "kind")) is not var (kind, status, content))
        {
            return (null, OsuAdminBody.BadRequest("kind must be server_error, html_502, truncated_json, status, html, truncated, delay or abort"));
        }

        var count = OsuAdminBody.Long(body, "count") ?? 1;
        status = (int)(OsuAdminBody.Long(body, "status") ?? status);
        if (count is < 1 or > 10_000 || status is < 100 or > 599)
        {
            return (null, OsuAdminBody.BadRequest("count must be between 1 and 10000 and status an HTTP status code"));
        }

        var prefix = OsuAdminBody.String(body, "path_prefix") ?? "";
        var fault = new SandboxFault(
            kind,
            apiPrefix + (prefix.Length == 0 || prefix.StartsWith('/') ? prefix : "/" + prefix),
            Method: null,
            status,
            OsuAdminBody.String(body, "body") ?? content,
            OsuAdminBody.String(body, "content_type") ?? OsuResponses.JsonType,
            new Dictionary<string, string>(),
            TimeSpan.FromMilliseconds(OsuAdminBody.Long(body, "delay_ms") ?? 0),
            (int)count);
        var logger = context.RequestServices.GetRequiredService<ILogger<SandboxFaults>>();
        OsuLog.FaultQueued(logger, fault.Times, fault.Status, fault.PathPrefix);
        return (fault, null);
    }

    public override IResult Queued(SandboxFault fault, IReadOnlyList<SandboxFault> pending) =>
        SandboxJson.Result(new JsonObject { ["pending"] = pending.Sum(f => f.Times) }, StatusCodes.Status201Created);

    public override IResult Listed(IReadOnlyList<SandboxFault> pending) =>
        SandboxJson.Result(new JsonObject { ["pending"] = pending.Sum(f => f.Times), ["faults"] = Describe(pending) });

    // The osu! presets, then the host's own kinds by name.
    private static (SandboxFaultKind Kind, int Status, string? Body)? Preset(string? kind) => kind switch
    {
        null or "server_error" => (SandboxFaultKind.Status, 500, """{"error":null}"""),
        "html_502" => (SandboxFaultKind.Html, 502, null),
        "truncated_json" => (SandboxFaultKind.Truncated, 200, null),
        "status" or "html" or "truncated" or "delay" or "abort" => (Enum.Parse<SandboxFaultKind>(kind, ignoreCase: true), kind == "html" ? 502 : 500, null),
        _ => null,
    };
}
