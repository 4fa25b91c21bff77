using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Sandbox.Tatsu;

/// <summary>
/// What every emulated Tatsu request goes through, in the order the real service shows it: injected faults (they
/// stand for the edge in front of the API, so they neither need a key nor count against it), the key in the
/// <c>Authorization</c> header (raw, no scheme), the per-key rate limit with its three headers on every authorised
/// response, then the route's handler under the world's lock, and finally the request log.
/// </summary>
internal sealed class TatsuGateway(TatsuWorld world, TatsuRateLimiter limiter, TatsuFaults faults, TatsuRequestLog log, TimeProvider time)
{
    /// <summary>The prefix the emulated API is served under.</summary>
    public const string Prefix = "/tatsu/v1";

    public async Task HandleAsync(HttpContext context, Func<TatsuCall, TatsuReply> handler)
    {
        var request = context.Request;
        var path = request.Path.Value![Prefix.Length..] + request.QueryString.Value;
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        var record = new TatsuRequestRecord(time.GetUtcNow(), request.Method, path, 0, null, request.Headers.UserAgent.FirstOrDefault(), body.Length == 0 ? null : body);

        var fault = faults.TakeFor(request.Method, path);
        if (fault is not null && fault.Kind == TatsuFaultKind.Delay)
        {
            await Task.Delay(fault.Delay, time, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault is not null && await TrySpoilAsync(context, fault).ConfigureAwait(false))
        {
            log.Add(record with { Status = fault.Kind == TatsuFaultKind.Abort ? 0 : context.Response.StatusCode });
            return;
        }

        var key = request.Headers.Authorization.ToString();
        bool known;
        ulong callerId;
        lock (world.Sync)
        {
            known = world.Keys.TryGetValue(key, out callerId);
        }

        if (!known)
        {
            log.Add(record with { Status = StatusCodes.Status401Unauthorized });
            await WriteAsync(context, TatsuReply.Unauthorized).ConfigureAwait(false);
            return;
        }

        var window = limiter.Acquire(key);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = window.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = window.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = window.ResetUnixSeconds.ToString(CultureInfo.InvariantCulture);

        TatsuReply reply;
        if (!window.Allowed)
        {
            reply = TatsuReply.TooManyRequests;
        }
        else
        {
            lock (world.Sync)
            {
                reply = handler(new TatsuCall(callerId, record.At, body));
            }
        }

        if (fault?.Kind == TatsuFaultKind.NoContent && reply.Status == StatusCodes.Status200OK)
        {
            reply = new TatsuReply(StatusCodes.Status204NoContent, null);
        }

        log.Add(record with { Status = reply.Status, CallerId = callerId });
        await WriteAsync(context, reply).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="reply"/> as Tatsu does: compact JSON in UTF-8, or nothing for an empty body.</summary>
    public static async Task WriteAsync(HttpContext context, TatsuReply reply)
    {
        context.Response.StatusCode = reply.Status;
        if (reply.Body is null)
        {
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(reply.Body.ToJsonString(), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Answers in place of the API when the fault replaces the response; returns whether it did.</summary>
    private static async Task<bool> TrySpoilAsync(HttpContext context, TatsuFault fault)
    {
        switch (fault.Kind)
        {
            case TatsuFaultKind.Status:
                await WriteAsync(context, TatsuReply.Generic(fault.Status)).ConfigureAwait(false);
                return true;
            case TatsuFaultKind.Html:
                context.Response.StatusCode = fault.Status;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    $"<!DOCTYPE html><html><head><title>{fault.Status} Error</title></head><body><h1>Error {fault.Status}</h1><p>The origin is unreachable.</p></body></html>",
                    context.RequestAborted).ConfigureAwait(false);
                return true;
            case TatsuFaultKind.Truncated:
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("{\"guild_id\":\"5738805000", context.RequestAborted).ConfigureAwait(false);
                return true;
            case TatsuFaultKind.Abort:
                context.Abort();
                return true;
            default:
                return false;
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
