namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>The emulator's time for a request: the host's <see cref="TimeProvider"/>, so tests on a fake clock see their own time.</summary>
internal static class OsuClock
{
    public static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
