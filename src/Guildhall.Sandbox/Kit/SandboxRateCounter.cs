namespace Guildhall.Sandbox.Kit;

/// <summary>
/// One bucket's tallies for one credential, and the arrivals of the last window, from which the most seen within any
/// window follows. Not thread-safe: <see cref="SandboxRateCounters"/> guards it.
/// </summary>
internal sealed class SandboxRateCounter
{
    private readonly SandboxSlidingWindow _recent = new(TimeSpan.Zero);
    private int _limit;
    private long _arrivals;
    private long _accepted;
    private long _refused;
    private int _maxInWindow;

    public void Record(int limit, TimeSpan window, DateTimeOffset now, bool allowed, int weight)
    {
        _limit = limit;
        _recent.Window = window;
        _recent.Add(now, weight);
        _maxInWindow = Math.Max(_maxInWindow, _recent.Count(now));
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
        ["window_ms"] = (long)_recent.Window.TotalMilliseconds,
        ["arrivals"] = _arrivals,
        ["accepted"] = _accepted,
        ["refused"] = _refused,
        ["max_in_window"] = _maxInWindow,
    };
}
