namespace Guildhall.Sandbox.Kit;

/// <summary>One request an emulated API received, as <c>GET /_sandbox/{api}/requests</c> shows it.</summary>
/// <param name="At">When it arrived, on the sandbox clock.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path below the API's prefix, query included.</param>
/// <param name="Status">
/// The status answered; 0 when the connection was dropped. A <c>no_content</c> fault turns a 200 into a 204 after the
/// emulator answered, so the record keeps the emulator's 200.
/// </param>
/// <param name="CallerId">Whom the emulator took the caller for (a user, a bot), or null when it was not authorised.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header, or null.</param>
/// <param name="Body">The request body, or null when empty.</param>
internal sealed record SandboxRequestRecord(
    DateTimeOffset At, string Method, string Path, int Status, string? CallerId, string? UserAgent, string? Body)
{
    public JsonObject ToJson() => new()
    {
        ["at"] = At.ToString("O", CultureInfo.InvariantCulture),
        ["method"] = Method,
        ["path"] = Path,
        ["status"] = Status,
        ["caller_id"] = CallerId,
        ["user_agent"] = UserAgent,
        ["body"] = Body,
    };
}
