
using Guildhall.Sandbox.Tatsu.Routes;

namespace Guildhall.Sandbox.Tatsu.Wire;

/// <summary>A <see cref="TatsuReply"/> written as the gateway writes every reply, for answers made outside a route.</summary>
internal sealed class TatsuReplyResult(TatsuReply reply) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => TatsuGateway.WriteAsync(httpContext, reply);
}
