using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>The endpoint's small JSON replies, written without reflection.</summary>
internal static class WebhookReplies
{
    public static Task NoContentAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    public static Task StatusAsync(HttpContext context, int statusCode, string status) => WriteAsync(context, statusCode, "status", status);

    public static Task ErrorAsync(HttpContext context, int statusCode, string error) => WriteAsync(context, statusCode, "error", error);

    public static Task JsonAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> json)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = json.Length;
        return context.Response.Body.WriteAsync(json).AsTask();
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string name, string value)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(name, value);
            writer.WriteEndObject();
        }

        return JsonAsync(context, statusCode, buffer.WrittenMemory);
    }
}
