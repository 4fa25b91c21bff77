using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.Polympics.Wire;
using static Guildhall.Sandbox.Polympics.Admin.PolympicsAdminInput;

namespace Guildhall.Sandbox.Polympics.Admin;

/// <summary>
/// <c>/_sandbox/polympics/faults</c>: the next <c>count</c> requests whose path (after <c>/polympics</c>) starts with
/// <c>path</c> get <c>status</c> with <c>body</c> (none when empty) instead of the real answer. Body:
/// <c>{status, count?, path?, method?, body?, content_type?}</c>. <c>/_sandbox/faults</c> offers the other kinds
/// (delays, aborts, truncation, lost bodies).
/// </summary>
internal sealed class PolympicsAdminFaultDialect : SandboxFaultDialect
{
    public override async Task<(SandboxFault? Fault, IResult? Refusal)> ReadAsync(HttpContext context, string apiPrefix)
    {
        try
        {
            return (Read(await ReadObjectAsync(context.Request).ConfigureAwait(false), apiPrefix), null);
        }
        catch (PolympicsAdminInputException exception)
        {
            return (null, PolympicsAdminRoutes.Error(StatusCodes.Status400BadRequest, exception.Message));
        }
    }

    protected override IResult Json(JsonNode body, int status) => PolympicsResults.Json(body, status);

    private static SandboxFault Read(JsonObject body, string apiPrefix)
    {
        var status = RequiredLong(body, "status");
        var count = OptionalLong(body, "count") ?? 1;
        var path = OptionalString(body, "path") ?? "/";
        if (status is < 100 or > 599 || count < 1 || !path.StartsWith('/'))
        {
            throw new PolympicsAdminInputException("'status' must be an HTTP status, 'count' at least 1 and 'path' start with '/'.");
        }

        var text = OptionalString(body, "body");
        return new SandboxFault(
            SandboxFaultKind.Status,
            apiPrefix + path,
            OptionalString(body, "method"),
            (int)status,
            string.IsNullOrEmpty(text) ? null : text,
            OptionalString(body, "content_type") ?? "text/plain",
            new Dictionary<string, string>(),
            TimeSpan.Zero,
            (int)count);
    }
}
