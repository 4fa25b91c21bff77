namespace Guildhall.Sandbox.RateLimits;

/// <summary>
/// One bucket's tallies for one credential, and the arrivals of the last window, from which the most seen within any
/// window follows. Not thread-safe: <see cref="SandboxRateCounters"/> guards it.
/// </summary>
internal sealed class SandboxRateCounter
{
    private readonly Queue<(DateTimeOffset At, int Weight)> _recent = new();
    private int _inWindow;
    private int _limit;
    private TimeSpan _window;
    private long _arrivals;
    private long _accepted;
    private long _refused;
    private int _maxInWindow;

    public void Record(int limit, TimeSpan window, DateTimeOffset now, bool allowed, int weight)
    {
        (_limit, _window) = (limit, window);

        // The same rule as the limiters': an arrival a full window old no longer counts.
        while (_recent.Count > 0 && _recent.Peek().At <= now - window)
        {
            _inWindow -= _recent.Dequeue().Weight;
        }

        _recent.Enqueue((now, weight));
        _inWindow += weight;
        _maxInWindow = Math.Max(_maxInWindow, _inWindow);
        _arrivals++;
        if (allowed)
        {
            _accepted++;
        }
        else
        {
            _refused++;
        }
    }

    public JsonObject ToJson(string api, string bucket, string caller) => new()
    {
        ["api"] = api,
        ["bucket"] = bucket,
        ["caller"] = caller,
        ["limit"] = _limit,
        ["window_ms"] = (long)_window.TotalMilliseconds,
        ["arrivals"] = _arrivals,
        ["accepted"] = _accepted,
        ["refused"] = _refused,
        ["max_in_window"] = _maxInWindow,
    };
}
