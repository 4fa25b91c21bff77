using System.Text;
using Guildhall.Sandbox.Kit;
using Guildhall.Sandbox.Tatsu.State;
using Guildhall.Sandbox.Tatsu.Wire;

namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>
/// What every emulated Tatsu request goes through after the kit's request log and fault gate, in the order the real
/// service shows it: the key in the <c>Authorization</c> header (raw, no scheme), the per-key rate limit with its three
/// headers on every authorised response, then the route's handler under the world's lock. Faults stand for the edge in
/// front of the API, so they neither need a key nor count against it.
/// </summary>
internal sealed class TatsuGateway(TatsuWorld world, TatsuRateLimiter limiter, TimeProvider time)
{
    /// <summary>The prefix the emulated API is served under.</summary>
    public const string Prefix = "/tatsu/v1";

    public async Task HandleAsync(HttpContext context, Func<TatsuCall, TatsuReply> handler)
    {
        var request = context.Request;
        var now = time.GetUtcNow();
        var body = await ReadBodyAsync(request).ConfigureAwait(false);
        var key = request.Headers.Authorization.ToString();
        bool known;
        ulong callerId;
        lock (world.Sync)
        {
            known = world.Keys.TryGetValue(key, out callerId);
        }

        if (!known)
        {
            await WriteAsync(context, TatsuReply.Unauthorized).ConfigureAwait(false);
            return;
        }

        var window = limiter.Acquire(key);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = window.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = window.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = window.ResetUnixSeconds.ToString(CultureInfo.InvariantCulture);

        SandboxRequestRecorder.NameCaller(context, callerId.ToString(CultureInfo.InvariantCulture));
        TatsuReply reply;
        if (!window.Allowed)
        {
            reply = TatsuReply.TooManyRequests;
        }
        else
        {
            lock (world.Sync)
            {
                reply = handler(new TatsuCall(callerId, now, body));
            }
        }

        await WriteAsync(context, reply).ConfigureAwait(false);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
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
