using System.Text.Json;
using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.Tatsu.Routes;
using Guildhall.Sandbox.Tatsu.Wire;
using static Guildhall.Sandbox.Tatsu.Admin.TatsuAdminJson;

namespace Guildhall.Sandbox.Tatsu.Admin;

/// <summary>
/// <c>/_sandbox/tatsu/faults</c>: Tatsu's shapes of the host-wide faults (<c>/_sandbox/faults</c>), scoped to
/// <c>/tatsu/v1</c>. A <c>status</c> fault carries Tatsu's <c>{code, message}</c> error body and an <c>html</c> fault the
/// error page of the proxy in front of the API; the other kinds are the shared ones.
/// </summary>
internal static class TatsuAdminFaultRoutes
{
    private const int MaxCount = 10_000;

    /// <summary>The prefix the faults of these routes are scoped to, and the ones they list and clear.</summary>
    public const string Scope = TatsuGateway.Prefix + "/";

    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/faults", (HttpContext context, SandboxFaults faults) => PostAsync(context, faults));
        admin.MapGet("/faults", (SandboxFaults faults) => Results.Json(faults.Describe(Scope)));
        admin.MapDelete("/faults", (SandboxFaults faults) =>
        {
            faults.Clear(Scope);
            return Results.NoContent();
        });
    }

    /// <summary>
    /// Queues a fault: <c>{"kind": "status"|"html"|"truncated"|"no_content"|"delay"|"abort", "status": 500,
    /// "method": "PATCH", "path": "/guilds/", "delay_ms": 5000, "times": 1, "skip": 0}</c>; all but <c>kind</c> are
    /// optional, <c>path</c> is below <c>/tatsu/v1</c>. <c>skip</c> lets that many matching requests through first.
    /// </summary>
    private static async Task<IResult> PostAsync(HttpContext context, SandboxFaults faults)
    {
        var body = await ReadObjectAsync(context.Request).ConfigureAwait(false);
        var kind = SandboxFaultKind.Status;
        if (body is null || body["kind"]?.GetValueKind() != JsonValueKind.String || !SandboxFaultKindNames.TryParse(body["kind"]!.GetValue<string>(), out kind)
            || !TryGetOptional(body, "status", kind == SandboxFaultKind.Html ? 502ul : 500ul, out var status) || status is < 100 or > 599
            || !TryGetOptional(body, "delay_ms", 0, out var delay)
            || !TryGetOptional(body, "times", 1, out var times) || times is 0 or > MaxCount
            || !TryGetOptional(body, "skip", 0, out var skip) || skip > MaxCount)
        {
            return Problem(StatusCodes.Status400BadRequest,
                "expected {\"kind\": \"status|html|truncated|no_content|delay|abort\", \"status\": n, \"method\": \"...\", \"path\": \"/...\", \"delay_ms\": n, \"times\": n, \"skip\": n}");
        }

        var fault = Create(kind, (int)status) with
        {
            PathPrefix = TatsuGateway.Prefix + (Text(body, "path") ?? "/"),
            Method = Text(body, "method"),
            Delay = TimeSpan.FromMilliseconds(delay),
            Times = (int)times,
            Skip = (int)skip,
        };
        faults.Add(fault);
        return Results.Json(fault.ToJson(), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>A fault of <paramref name="kind"/> as Tatsu's edge would answer it, matching every API request once.</summary>
    private static SandboxFault Create(SandboxFaultKind kind, int status)
    {
        var body = kind switch
        {
            SandboxFaultKind.Status => TatsuReply.Generic(status).Body!.ToJsonString(),
            SandboxFaultKind.Html => string.Create(
                CultureInfo.InvariantCulture,
                $"<!DOCTYPE html><html><head><title>{status} Error</title></head><body><h1>Error {status}</h1><p>The origin is unreachable.</p></body></html>"),
            _ => null,
        };
        return new SandboxFault(kind, Scope, null, status, body, "application/json; charset=utf-8", new Dictionary<string, string>(), TimeSpan.Zero, 1);
    }
}
