using Guildhall.Sandbox.RateLimits;

namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>
/// The server side of Tatsu's limit: a fixed window per API key (60 requests, one minute by default) that opens with
/// the first request after the previous one ended. The reset moment is rounded up to a whole second so a client that
/// sleeps until <c>X-RateLimit-Reset</c> never arrives early. Time comes only from the sandbox clock. Every request's
/// arrival goes to the host's <see cref="SandboxRateCounters"/>.
/// </summary>
internal sealed class TatsuRateLimiter(TimeProvider time, bool enforce, SandboxRateCounters counters)
{
    /// <summary>The documented limit: 60 requests per minute per key.</summary>
    public const int DefaultLimit = 60;

    private readonly Lock _sync = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Used)> _windows = new(StringComparer.Ordinal);
    private int _limit = DefaultLimit;
    private TimeSpan _window = TimeSpan.FromMinutes(1);

    /// <summary>Changes the limit for every key and forgets the current windows.</summary>
    public void Configure(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        lock (_sync)
        {
            _limit = limit;
            _window = window;
            _windows.Clear();
        }
    }

    /// <summary>Restores the documented limit and forgets every window.</summary>
    public void Reset() => Configure(DefaultLimit, TimeSpan.FromMinutes(1));

    /// <summary>Counts one request of <paramref name="key"/>, or refuses it when the window is used up.</summary>
    public TatsuRateWindow Acquire(string key)
    {
        lock (_sync)
        {
            var now = time.GetUtcNow();
            var window = ConsumeAt(key, 1, now);
            counters.Record("tatsu", "key", key, _limit, _window, now, window.Allowed);
            return window;
        }
    }

    /// <summary>
    /// Uses up <paramref name="count"/> requests of the key's window (at most what is left), as another process
    /// sharing the key would. A refused request changes nothing. Returns the state afterwards.
    /// </summary>
    public TatsuRateWindow Consume(string key, int count)
    {
        lock (_sync)
        {
            return ConsumeAt(key, count, time.GetUtcNow());
        }
    }

    private TatsuRateWindow ConsumeAt(string key, int count, DateTimeOffset now)
    {
        if (!_windows.TryGetValue(key, out var window) || now >= window.Start + _window)
        {
            window = (now, 0);
        }

        var allowed = !enforce || window.Used + count <= _limit;
        window.Used = Math.Min(window.Used + count, _limit);

        _windows[key] = window;
        var end = window.Start + _window;
        var reset = (end.ToUnixTimeMilliseconds() + 999) / 1000;
        return new TatsuRateWindow(allowed, _limit, _limit - window.Used, reset);
    }
}
