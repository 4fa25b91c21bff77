using System.Text;

namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>One request the emulated API received, as the admin route <c>GET /_sandbox/tatsu/requests</c> shows it.</summary>
/// <param name="At">When it arrived, on the sandbox clock.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path below <c>/tatsu/v1</c>, query included.</param>
/// <param name="Status">
/// The status answered; 0 when the connection was dropped. A host-wide <c>no_content</c> fault turns a 200 into a 204
/// after the emulator answered, so the record keeps the emulator's 200.
/// </param>
/// <param name="CallerId">The user whose key authorised the request, or null when it was not authorised.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header, or null.</param>
/// <param name="Body">The request body, or null when empty.</param>
internal sealed record TatsuRequestRecord(
    DateTimeOffset At, string Method, string Path, int Status, ulong? CallerId, string? UserAgent, string? Body)
{
    /// <summary>Reads the request (body included) into a record with no status and no caller yet.</summary>
    public static async Task<TatsuRequestRecord> ReadAsync(HttpContext context, DateTimeOffset at)
    {
        var request = context.Request;
        request.Path.StartsWithSegments(TatsuGateway.Prefix, StringComparison.OrdinalIgnoreCase, out var rest);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        return new TatsuRequestRecord(
            at, request.Method, rest.Value + request.QueryString.Value, 0, null, request.Headers.UserAgent.FirstOrDefault(), body.Length == 0 ? null : body);
    }

    public JsonObject ToJson() => new()
    {
        ["at"] = At.ToString("O", CultureInfo.InvariantCulture),
        ["method"] = Method,
        ["path"] = Path,
        ["status"] = Status,
        ["caller_id"] = CallerId?.ToString(CultureInfo.InvariantCulture),
        ["user_agent"] = UserAgent,
        ["body"] = Body,
    };
}
