using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// Failures on demand, for testing a client's error handling, scoped to <c>/topgg/api</c>:
/// <list type="bullet">
/// <item><c>POST /_sandbox/topgg/faults</c>
/// <c>{preset?, status?, body?, contentType?, headers?, count?, path?, abort?}</c> → 201 <c>{queued, fault}</c>: the
/// next <c>count</c> (default 1) emulated-API responses whose path (under <c>/topgg/api</c>) starts with <c>path</c>
/// (default: any) are replaced (<see cref="TopGgFaultRequestParser"/>, <see cref="TopGgFaultPresets"/>).</item>
/// <item><c>GET /_sandbox/topgg/faults</c> — the Top.gg faults still queued.</item>
/// <item><c>DELETE /_sandbox/topgg/faults</c> — drops them, answering how many responses they would have spoiled.</item>
/// </list>
/// </summary>
internal sealed class TopGgAdminFaultDialect : SandboxFaultDialect
{
    public override async Task<(SandboxFault? Fault, IResult? Refusal)> ReadAsync(HttpContext context, string apiPrefix)
    {
        var (body, unreadable) = await TopGgAdminJson.ReadObjectAsync(context).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return (null, unreadable);
        }

        var (fault, error) = TopGgFaultRequestParser.Parse(body!);
        return fault is null ? (null, TopGgAdminJson.Error(error!)) : (fault, null);
    }

    public override IResult Queued(SandboxFault fault, IReadOnlyList<SandboxFault> pending) =>
        Json(new JsonObject { ["queued"] = fault.Times, ["fault"] = fault.ToJson() }, StatusCodes.Status201Created);

    public override IResult Cleared(IReadOnlyList<SandboxFault> dropped) =>
        Json(new JsonObject { ["cleared"] = dropped.Sum(fault => fault.Times) }, StatusCodes.Status200OK);

    protected override IResult Json(JsonNode body, int status) => TopGgJsonReplies.Json(body, status);
}
