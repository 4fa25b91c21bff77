namespace Guildhall.Sandbox.Testing;

/// <summary>One request an emulated API received, as the sandbox recorded it. Credentials are never recorded.</summary>
/// <param name="At">When it arrived, on the sandbox clock.</param>
/// <param name="Method">The HTTP method, for example <c>PATCH</c>.</param>
/// <param name="Path">The path below the API's prefix, query included, for example <c>/bots/stats</c>.</param>
/// <param name="Status">The status the client got; 0 when the sandbox dropped the connection.</param>
/// <param name="CallerId">Whom the API took the caller for (a Top.gg bot, a Tatsu or osu! user), or null.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header, or null.</param>
/// <param name="Body">The request body as sent, or null when it had none.</param>
public sealed record SandboxRequest(
    DateTimeOffset At, string Method, string Path, int Status, string? CallerId, string? UserAgent, string? Body);
