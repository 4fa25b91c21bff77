using System.Text;
using Guildhall.Sandbox.Tatsu.State;
using Guildhall.Sandbox.Tatsu.Wire;

namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>
/// What every emulated Tatsu request goes through, in the order the real service shows it: the key in the
/// <c>Authorization</c> header (raw, no scheme), the per-key rate limit with its three headers on every authorised
/// response, then the route's handler under the world's lock, and finally the request log. Injected faults come
/// earlier, from the host's shared fault queue: they stand for the edge in front of the API, so they neither need a key
/// nor count against it (<see cref="TatsuFaultObserver"/> still logs the requests they answer).
/// </summary>
internal sealed class TatsuGateway(TatsuWorld world, TatsuRateLimiter limiter, TatsuRequestLog log, TimeProvider time)
{
    /// <summary>The prefix the emulated API is served under.</summary>
    public const string Prefix = "/tatsu/v1";

    public async Task HandleAsync(HttpContext context, Func<TatsuCall, TatsuReply> handler)
    {
        var request = context.Request;
        var record = await TatsuRequestRecord.ReadAsync(context, time.GetUtcNow()).ConfigureAwait(false);

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
                reply = handler(new TatsuCall(callerId, record.At, record.Body ?? ""));
            }
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
}
