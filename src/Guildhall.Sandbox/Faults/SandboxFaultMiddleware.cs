using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Guildhall.Sandbox.Faults;

/// <summary>Spoils the responses of requests that match an injected fault, before or after the emulator answers.</summary>
internal sealed class SandboxFaultMiddleware(RequestDelegate next, SandboxFaults faults, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var fault = path.StartsWith("/_sandbox", StringComparison.Ordinal) ? null : faults.TakeFor(context.Request.Method, path);
        switch (fault?.Kind)
        {
            case null:
                await next(context);
                return;
            case SandboxFaultKind.Delay:
                await Task.Delay(fault.Delay, time, context.RequestAborted);
                await next(context);
                return;
            case SandboxFaultKind.Abort:
                context.Abort();
                return;
            case SandboxFaultKind.Truncated:
                await WriteTruncatedAsync(context);
                return;
            default:
                await WriteFaultAsync(context, fault);
                return;
        }
    }

    private static async Task WriteFaultAsync(HttpContext context, SandboxFault fault)
    {
        context.Response.StatusCode = fault.Status;
        foreach (var (name, value) in fault.Headers)
        {
            context.Response.Headers[name] = value;
        }

        var (body, contentType) = fault.Kind == SandboxFaultKind.Html
            ? (HtmlPage(fault.Status), "text/html; charset=UTF-8")
            : (fault.Body, fault.ContentType);
        if (body is not null)
        {
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Serves the real response with only the first half of its body, declaring the full length.</summary>
    private async Task WriteTruncatedAsync(HttpContext context)
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

        var bytes = buffer.ToArray();
        context.Response.ContentLength = null;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
    }

    private static string HtmlPage(int status) => new StringBuilder()
        .Append("<!DOCTYPE html><html><head><title>")
        .Append(status).Append(" Bad Gateway | cloudflare</title></head><body><h1>Error ")
        .Append(status).Append("</h1><p>The origin server did not answer in time.</p></body></html>")
        .ToString();
}
