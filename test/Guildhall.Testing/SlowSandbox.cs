using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Testing;

/// <summary>
/// A cold sandbox on loopback Kestrel whose first requests under a path reach the emulator late (a delay fault), on a
/// clock it shares with its clients: the real one, or one running faster than real time (<see cref="AcceleratedClock"/>)
/// so that per-minute limits pass their windows in seconds. The test of a limiter against a slow network.
/// </summary>
public sealed class SlowSandbox : IAsyncDisposable
{
    private SlowSandbox(SandboxHost host, TimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public SandboxHost Host { get; }

    public TimeProvider Clock { get; }

    /// <summary>Starts the sandbox and delays its first <paramref name="times"/> requests under <paramref name="pathPrefix"/>.</summary>
    /// <param name="speed">How many times faster than real time the clock runs; 1 for the system clock.</param>
    /// <param name="pathPrefix">The requests to slow down, for example <c>/topgg/api/bots</c>.</param>
    /// <param name="delay">How late they reach the emulator, on the sandbox's clock.</param>
    /// <param name="times">How many of the first requests are late.</param>
    public static async Task<SlowSandbox> StartAsync(double speed, string pathPrefix, TimeSpan delay, int times)
    {
        var clock = speed == 1 ? TimeProvider.System : new AcceleratedClock(speed);
        var host = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = clock });
        await SandboxSlowness.DelayFirstRequestsAsync(host.BaseAddress, pathPrefix, delay, times);
        return new SlowSandbox(host, clock);
    }

    /// <summary>
    /// Sets what a client under load needs: the shared clock, a budget of its own, no retries (a 429 must surface), and
    /// waits long enough for more callers than the limit allows to take turns through several windows.
    /// </summary>
    public T Configure<T>(T options)
        where T : ApiClientOptions
    {
        options.TimeProvider = Clock;
        options.RateLimitStore = new InMemoryRateLimitStore(Clock);
        options.Retry = new RetryOptions { MaxRetries = 0 };
        options.MaxRateLimitWait = TimeSpan.FromMinutes(10);
        options.Timeout = TimeSpan.FromMinutes(10);
        return options;
    }

    /// <summary>
    /// Runs <paramref name="callers"/> callers for <paramref name="duration"/> on the sandbox's clock, and on until more
    /// than <paramref name="limit"/> calls succeeded, so the run crosses a window however slow the machine is.
    /// </summary>
    public Task<CallerLoadResult> LoadAsync(int callers, TimeSpan duration, int limit, Func<CancellationToken, Task> call) =>
        CallerLoad.RunAsync(callers, duration, Clock, call, minimumSucceeded: limit + 1);

    /// <summary>The sandbox's own counter of one bucket (a fresh sandbox, used by one credential).</summary>
    public Task<SandboxRateCount> CountAsync(string api, string bucket) => SandboxRateCount.ReadAsync(Host.BaseAddress, api, bucket);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
