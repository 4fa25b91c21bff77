using System.Text.Json;
using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.Tatsu.Wire;
using static Guildhall.Sandbox.Tatsu.Admin.TatsuAdminJson;

namespace Guildhall.Sandbox.Tatsu.Admin;

/// <summary>
/// <c>/_sandbox/tatsu/faults</c>: Tatsu's shapes of the host-wide faults, with paths below <c>/tatsu/v1</c>. A
/// <c>status</c> fault carries Tatsu's <c>{code, message}</c> error body and an <c>html</c> fault the error page of the
/// proxy in front of the API; the other kinds are the shared ones. Body: <c>{"kind":
/// "status"|"html"|"truncated"|"no_content"|"delay"|"abort", "status": 500, "method": "PATCH", "path": "/guilds/",
/// "delay_ms": 5000, "times": 1, "skip": 0}</c>; all but <c>kind</c> are optional. <c>skip</c> lets that many matching
/// requests through first.
/// </summary>
internal sealed class TatsuAdminFaultDialect : SandboxFaultDialect
{
    private const int MaxCount = 10_000;

    public override async Task<(SandboxFault? Fault, IResult? Refusal)> ReadAsync(HttpContext context, string apiPrefix)
    {
        var body = await ReadObjectAsync(context.Request).ConfigureAwait(false);
        var kind = SandboxFaultKind.Status;
        if (body is null || body["kind"]?.GetValueKind() != JsonValueKind.String || !SandboxFaultKindNames.TryParse(body["kind"]!.GetValue<string>(), out kind)
            || !TryGetOptional(body, "status", kind == SandboxFaultKind.Html ? 502ul : 500ul, out var status) || status is < 100 or > 599
            || !TryGetOptional(body, "delay_ms", 0, out var delay)
            || !TryGetOptional(body, "times", 1, out var times) || times is 0 or > MaxCount
            || !TryGetOptional(body, "skip", 0, out var skip) || skip > MaxCount)
        {
            return (null, Problem(StatusCodes.Status400BadRequest,
                "expected {\"kind\": \"status|html|truncated|no_content|delay|abort\", \"status\": n, \"method\": \"...\", \"path\": \"/...\", \"delay_ms\": n, \"times\": n, \"skip\": n}"));
        }

        return (new SandboxFault(kind, apiPrefix + (Text(body, "path") ?? "/"), Text(body, "method"), (int)status, EdgeBody(kind, (int)status),
            "application/json; charset=utf-8", new Dictionary<string, string>(), TimeSpan.FromMilliseconds(delay), (int)times, (int)skip), null);
    }

    /// <summary>What Tatsu's edge answers with a fault of <paramref name="kind"/>: its error body, or its proxy's page.</summary>
    private static string? EdgeBody(SandboxFaultKind kind, int status) => kind switch
    {
        SandboxFaultKind.Status => TatsuReply.Generic(status).Body!.ToJsonString(),
        SandboxFaultKind.Html => string.Create(
            CultureInfo.InvariantCulture,
            $"<!DOCTYPE html><html><head><title>{status} Error</title></head><body><h1>Error {status}</h1><p>The origin is unreachable.</p></body></html>"),
        _ => null,
    };
}
