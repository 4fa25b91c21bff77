using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Benchmarks.RateLimits;

/// <summary>
/// One rate-limited route as the utilization run drives it: the server's limit and window, how fast the clock runs for
/// it, and how to build a client and make one call against a sandbox.
/// </summary>
/// <param name="Name">How the report names it.</param>
/// <param name="Limit">The server's limit per window, what "permitted" is measured against.</param>
/// <param name="Budget">The calls per window the client allows itself (Top.gg keeps one of its 100 a second for announcements).</param>
/// <param name="Window">The server's window.</param>
/// <param name="Speed">How many times faster than real time the shared clock runs (1 for real time).</param>
/// <param name="WarmUpWindows">Windows let pass before measuring (a cold host, the first bursts).</param>
/// <param name="MeasuredWindows">How many windows' worth of calls (the limit times this) the measure spans.</param>
/// <param name="Connect">Builds the client on a sandbox, clock and store, and returns one call and what to dispose.</param>
internal sealed record LimitedRoute(
    string Name,
    int Limit,
    int Budget,
    TimeSpan Window,
    double Speed,
    int WarmUpWindows,
    int MeasuredWindows,
    Func<SandboxHost, TimeProvider, IRateLimitStore, (Func<Task> Call, IAsyncDisposable Client)> Connect);
