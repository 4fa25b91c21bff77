using System.Text;
using Guildhall.Sandbox.Kit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;

namespace Guildhall.Sandbox.Faults;

/// <summary>
/// The fault gate: spoils the responses of requests that match a queued fault or that the running fault profile picks,
/// before or after the emulator answers. Admin routes are never spoiled.
/// </summary>
internal sealed class SandboxFaultMiddleware(
    RequestDelegate next, SandboxFaults faults, SandboxFaultProfileState profile, TimeProvider time, IServer server)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var pathAndQuery = path + request.QueryString.Value;
        var fault = path.StartsWith("/_sandbox", StringComparison.Ordinal) ? null
            : faults.TakeFor(request.Method, pathAndQuery) ?? profile.TakeFor(request.Method, pathAndQuery);
        switch (fault?.Kind)
        {
            case null:
                await next(context);
                return;
            case SandboxFaultKind.Delay:
                await Task.Delay(fault.Delay, time, context.RequestAborted);
                await next(context);
                return;
            case SandboxFaultKind.Truncated:
                await WriteTruncatedAsync(context);
                return;
            case SandboxFaultKind.Trickle:
                await WriteTrickleAsync(context, fault.Delay);
                return;
            case SandboxFaultKind.WrongContentType:
                await WriteMislabelledAsync(context);
                return;
            case SandboxFaultKind.NoContent:
                await WriteWithoutContentAsync(context);
                return;
            case SandboxFaultKind.Abort:
                Abort(context);
                return;
            default:
                await WriteFaultAsync(context, fault);
                return;
        }
    }

    private void Abort(HttpContext context)
    {
        // In memory there is no connection to reset: the test transport hands an exception thrown by the app to the
        // client, which then sees the same IOException a reset socket gives (an aborted context would look cancelled).
        if (server is TestServer)
        {
            throw new IOException("The connection was reset (sandbox fault).");
        }

        context.Abort();
    }

    private static async Task WriteFaultAsync(HttpContext context, SandboxFault fault)
    {
        context.Response.StatusCode = fault.Status;
        foreach (var (name, value) in fault.Headers)
        {
            context.Response.Headers[name] = value;
        }

        var (body, contentType) = fault.Kind == SandboxFaultKind.Html
            ? (string.IsNullOrEmpty(fault.Body) ? CdnPage(fault.Status) : fault.Body, "text/html; charset=UTF-8")
            : (fault.Body, fault.ContentType);
        if (body is not null)
        {
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Serves the real response with only the first half of its body, declaring no length.</summary>
    private async Task WriteTruncatedAsync(HttpContext context)
    {
        var bytes = await RunBufferedAsync(context);
        context.Response.ContentLength = null;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
    }

    /// <summary>Serves the real response in eight pieces, spread evenly over <paramref name="duration"/>.</summary>
    private async Task WriteTrickleAsync(HttpContext context, TimeSpan duration)
    {
        const int Pieces = 8;
        var bytes = await RunBufferedAsync(context);
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var size = Math.Max(1, (bytes.Length + Pieces - 1) / Pieces);
        for (var offset = 0; offset < bytes.Length; offset += size)
        {
            await Task.Delay(duration / Pieces, time, context.RequestAborted);
            await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    /// <summary>Serves the real response with an HTML content type, whatever its body is.</summary>
    private async Task WriteMislabelledAsync(HttpContext context)
    {
        var bytes = await RunBufferedAsync(context);
        context.Response.ContentType = "text/html; charset=UTF-8";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Serves the real response, except that a 200 loses its body and becomes a 204; other answers pass as they are.</summary>
    private async Task WriteWithoutContentAsync(HttpContext context)
    {
        var bytes = await RunBufferedAsync(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        SandboxRequestRecorder.KeepEmulatorStatus(context);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        context.Response.ContentLength = null;
        context.Response.Headers.ContentType = default;
    }

    /// <summary>Runs the emulator with its body written to memory, so a fault can change the answer before it leaves.</summary>
    private async Task<byte[]> RunBufferedAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer.ToArray();
    }

    private static string CdnPage(int status)
    {
        var reason = ReasonPhrases.GetReasonPhrase(status);
        return new StringBuilder()
            .Append("<!DOCTYPE html><html><head><title>")
            .Append(status).Append(' ').Append(reason).Append(" | cloudflare</title></head><body><h1>Error ")
            .Append(status).Append("</h1><p>The origin server did not answer in time.</p></body></html>")
            .ToString();
    }
}
