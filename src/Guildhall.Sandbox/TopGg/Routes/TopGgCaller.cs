using Guildhall.Sandbox.Kit;
using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>The authenticated caller of one request: the token and the bot it speaks for.</summary>
/// <param name="Token">The token that authenticated the request.</param>
internal sealed record TopGgCaller(TopGgIssuedToken Token)
{
    private static readonly object ItemKey = new();

    /// <summary>The bot the token belongs to; id-less v0 routes (<c>/bots/stats</c>) act on it.</summary>
    public ulong BotId => Token.BotId;

    public void AttachTo(HttpContext context)
    {
        context.Items[ItemKey] = this;
        SandboxRequestRecorder.NameCaller(context, BotId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The caller the gate attached to the request. Every emulated route runs behind the gate.</summary>
    public static TopGgCaller Of(HttpContext context) =>
        context.Items[ItemKey] as TopGgCaller
        ?? throw new InvalidOperationException("The Top.gg gate did not authenticate this request.");
}
