namespace Guildhall.Sandbox.Kit;

/// <summary>
/// The weight of the arrivals within the last <c>window</c>: an arrival a full window old no longer counts. Top.gg
/// limits this way, and <see cref="SandboxRateCounters"/> measures every API's arrivals this way. Not thread-safe: the
/// owner holds a lock.
/// </summary>
/// <param name="window">How long an arrival counts.</param>
internal sealed class SandboxSlidingWindow(TimeSpan window)
{
    /// <summary>How long an arrival counts; a limit reconfigured at run time changes it for the arrivals already seen.</summary>
    public TimeSpan Window { get; set; } = window;

    private readonly Queue<(DateTimeOffset At, int Weight)> _arrivals = new();
    private int _total;

    /// <summary>The weight of the arrivals less than a window before <paramref name="now"/>.</summary>
    public int Count(DateTimeOffset now)
    {
        while (_arrivals.Count > 0 && _arrivals.Peek().At <= now - Window)
        {
            _total -= _arrivals.Dequeue().Weight;
        }

        return _total;
    }

    /// <summary>Counts one arrival.</summary>
    public void Add(DateTimeOffset now, int weight = 1)
    {
        _arrivals.Enqueue((now, weight));
        _total += weight;
    }

    /// <summary>Forgets every arrival.</summary>
    public void Clear()
    {
        _arrivals.Clear();
        _total = 0;
    }
}
