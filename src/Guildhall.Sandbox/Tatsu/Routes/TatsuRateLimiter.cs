using Guildhall.Sandbox.Kit;

namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>
/// Tatsu's limit on the kit's fixed windows: 60 requests a minute per API key by default, the whole request must fit,
/// and the window never counts past its limit. The reset moment is rounded up to a whole second so a client that
/// sleeps until <c>X-RateLimit-Reset</c> never arrives early.
/// </summary>
internal sealed class TatsuRateLimiter(SandboxFixedWindows windows, bool enforce)
{
    /// <summary>The documented limit: 60 requests per minute per key.</summary>
    public const int DefaultLimit = 60;

    private readonly Lock _sync = new();
    private (int Limit, TimeSpan Window) _settings = (DefaultLimit, TimeSpan.FromMinutes(1));

    /// <summary>Changes the limit for every key and forgets the current windows.</summary>
    public void Configure(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        lock (_sync)
        {
            _settings = (limit, window);
            windows.Clear();
        }
    }

    /// <summary>Restores the documented limit and forgets every window.</summary>
    public void Reset() => Configure(DefaultLimit, TimeSpan.FromMinutes(1));

    /// <summary>Counts one request of <paramref name="key"/>, or refuses it when the window is used up.</summary>
    public TatsuRateWindow Acquire(string key)
    {
        var (limit, window) = Settings();
        return Headers(windows.Take("key", key, limit, window, enforce: enforce));
    }

    /// <summary>
    /// Uses up <paramref name="count"/> requests of the key's window (at most what is left), as another process
    /// sharing the key would. Returns the state afterwards.
    /// </summary>
    public TatsuRateWindow Consume(string key, int count)
    {
        var (limit, window) = Settings();
        return Headers(windows.Use(key, limit, window, count));
    }

    private (int Limit, TimeSpan Window) Settings()
    {
        lock (_sync)
        {
            return _settings;
        }
    }

    private static TatsuRateWindow Headers(SandboxWindowVerdict verdict) =>
        new(verdict.Allowed, verdict.Limit, verdict.Remaining, (verdict.End.ToUnixTimeMilliseconds() + 999) / 1000);
}
