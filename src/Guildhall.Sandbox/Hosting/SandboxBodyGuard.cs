using System.Text.Unicode;
using Guildhall.Sandbox.Kit;
using Microsoft.AspNetCore.Http.Features;

namespace Guildhall.Sandbox.Hosting;

/// <summary>
/// The one place every emulator's body reading goes through, before any route runs. It buffers a request's body up to
/// <see cref="SandboxOptions.MaxRequestBodyBytes"/> (413 above it), reads a form body with ASP.NET Core's form reader
/// (which routes then get from its cache) and refuses one that reader refuses (a key or value over
/// <see cref="SandboxBodyLimits"/>, too many fields, a multipart body without a boundary or cut short), and refuses JSON
/// keys and values over the same limits, and a body that is not UTF-8 text. An admin route (<c>/_sandbox/...</c>) only
/// takes JSON, so a malformed body is refused there too; an emulated API's route gets it and answers as its API does.
/// Each refusal is answered by the emulator that owns the path, in its API's error
/// shape, so hostile input never becomes a 500.
/// </summary>
internal sealed class SandboxBodyGuard(RequestDelegate next, SandboxOptions options, IReadOnlyList<SandboxEmulator> emulators)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var refusal = await BufferBodyAsync(context).ConfigureAwait(false);
        if (refusal is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var owner = emulators.FirstOrDefault(emulator => emulator.PathPrefixes.Any(prefix => IsUnder(context.Request.Path, prefix)));
        var answer = owner?.RefuseBody(context.Request, refusal)
            ?? SandboxJson.Result(new JsonObject { ["message"] = refusal.Reason }, refusal.Status);
        await answer.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static bool IsUnder(PathString path, string prefix) => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the whole body into memory (routes then read it from there), or says why it is refused.</summary>
    private async Task<SandboxBodyRefusal?> BufferBodyAsync(HttpContext context)
    {
        var request = context.Request;
        var limit = options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return SandboxBodyRefusal.TooLarge(limit);
        }

        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false } || request.ContentLength == 0)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = await ReadAtMostAsync(request.Body, limit, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            return exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? SandboxBodyRefusal.TooLarge(limit)
                : SandboxBodyRefusal.Unreadable($"The request body cannot be read: {exception.Message}");
        }

        if (bytes.Length > limit)
        {
            return SandboxBodyRefusal.TooLarge(limit);
        }

        request.Body = new MemoryStream(bytes, writable: false);
        if (request.HasFormContentType)
        {
            return await ReadFormAsync(request).ConfigureAwait(false);
        }

        return Utf8.IsValid(bytes)
            ? SandboxBodyLimits.CheckJson(bytes, mustBeJson: request.Path.StartsWithSegments("/_sandbox"))
            : SandboxBodyRefusal.Unreadable("The body is not UTF-8 text.");
    }

    private static async Task<SandboxBodyRefusal?> ReadFormAsync(HttpRequest request)
    {
        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);

            // Routes get the form from the reader's cache; one that reads the raw body still finds all of it.
            request.Body.Position = 0;
            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // The form and multipart readers report a body they refuse (over a limit, no boundary, cut short) this way.
            return SandboxBodyRefusal.Unreadable($"The form body cannot be read: {exception.Message}");
        }
    }

    /// <summary>The body, or its first <paramref name="limit"/> + 1 bytes when it is longer: enough to know it is too long.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length <= limit && (read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
