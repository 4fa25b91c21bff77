using Guildhall.Sandbox.Faults;

namespace Guildhall.Sandbox.Kit;

/// <summary>
/// How one emulator's <c>/_sandbox/{api}/faults</c> routes speak: the body a <c>POST</c> takes (the API's presets,
/// its field names) and the shapes of the answers. The kit's <see cref="SandboxEmulatorAdminRoutes"/> does the rest
/// once for every emulator: the faults go to the host's shared queue (<see cref="SandboxFaults"/>), scoped to the
/// emulator's prefix, and <c>GET</c> and <c>DELETE</c> see only those.
/// </summary>
internal abstract class SandboxFaultDialect
{
    /// <summary>
    /// Reads a <c>POST</c> body into a fault whose path lies under <paramref name="apiPrefix"/>, or answers why it is
    /// refused, in the emulator's admin error shape.
    /// </summary>
    /// <param name="context">The admin request.</param>
    /// <param name="apiPrefix">The emulator's API prefix, for example <c>/tatsu/v1</c>.</param>
    public abstract Task<(SandboxFault? Fault, IResult? Refusal)> ReadAsync(HttpContext context, string apiPrefix);

    /// <summary>The answer to a queued fault; by default 201 with the fault.</summary>
    /// <param name="fault">The fault queued.</param>
    /// <param name="pending">The emulator's faults now waiting, the new one included.</param>
    public virtual IResult Queued(SandboxFault fault, IReadOnlyList<SandboxFault> pending) => Json(fault.ToJson(), StatusCodes.Status201Created);

    /// <summary>The answer to <c>GET</c>; by default the faults waiting, oldest first.</summary>
    public virtual IResult Listed(IReadOnlyList<SandboxFault> pending) => Json(Describe(pending), StatusCodes.Status200OK);

    /// <summary>The answer to <c>DELETE</c>; by default 204.</summary>
    /// <param name="dropped">The faults the request dropped.</param>
    public virtual IResult Cleared(IReadOnlyList<SandboxFault> dropped) => Results.NoContent();

    /// <summary>Writes a JSON answer the way the emulator's admin routes do.</summary>
    protected virtual IResult Json(JsonNode body, int status) => SandboxJson.Result(body, status);

    /// <summary>The faults as the listing shows them.</summary>
    protected static JsonArray Describe(IReadOnlyList<SandboxFault> faults) => new([.. faults.Select(JsonNode (fault) => fault.ToJson())]);
}
