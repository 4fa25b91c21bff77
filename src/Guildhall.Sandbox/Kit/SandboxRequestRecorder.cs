using System.Text;

namespace Guildhall.Sandbox.Kit;

/// <summary>
/// Records every request under an emulated API's prefix in the host's <see cref="SandboxRequestLog"/>, with the status
/// the client got. It runs after the body guard (so the body is buffered) and before the fault gate, so a request a
/// fault answers or drops is recorded like any other.
/// </summary>
internal sealed class SandboxRequestRecorder(RequestDelegate next, SandboxRequestLog log, TimeProvider time, IReadOnlyList<SandboxEmulator> emulators)
{
    private const string CallerKey = "Guildhall.Sandbox.Kit.Caller";
    private const string EmulatorStatusKey = "Guildhall.Sandbox.Kit.EmulatorStatus";

    /// <summary>Names the caller an emulator authenticated, for the request's record.</summary>
    public static void NameCaller(HttpContext context, string callerId) => context.Items[CallerKey] = callerId;

    /// <summary>Keeps the status the emulator answered when a fault changes it on the way out.</summary>
    public static void KeepEmulatorStatus(HttpContext context) => context.Items[EmulatorStatusKey] = context.Response.StatusCode;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var owner = emulators.FirstOrDefault(emulator => request.Path.StartsWithSegments(emulator.ApiPrefix, StringComparison.OrdinalIgnoreCase, out _));
        if (owner is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        request.Path.StartsWithSegments(owner.ApiPrefix, StringComparison.OrdinalIgnoreCase, out var rest);
        var record = new SandboxRequestRecord(
            time.GetUtcNow(), request.Method, rest.Value + request.QueryString.Value, 0, null,
            request.Headers.UserAgent.FirstOrDefault(), await ReadBodyAsync(request).ConfigureAwait(false));
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch
        {
            // A dropped connection in memory is an exception; the record says the client got no answer.
            log.Add(owner.Name, record with { CallerId = Caller(context) });
            throw;
        }

        var status = context.RequestAborted.IsCancellationRequested ? 0
            : context.Items[EmulatorStatusKey] as int? ?? context.Response.StatusCode;
        log.Add(owner.Name, record with { Status = status, CallerId = Caller(context) });
    }

    private static string? Caller(HttpContext context) => context.Items[CallerKey] as string;

    /// <summary>The body the guard buffered, read and rewound for the emulator; null when empty.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (!request.Body.CanSeek)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        request.Body.Position = 0;
        return body.Length == 0 ? null : body;
    }
}
