using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>Builds the <see cref="OsuView"/> of a request: its caller, <c>x-api-version</c> and the host clock.</summary>
internal static class OsuRequestView
{
    public static OsuView Of(HttpContext context, OsuWorld world) =>
        new(world, OsuCaller.From(context).User, OsuApiVersion.Of(context.Request), OsuClock.Now(context));
}
