namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>The most recent requests of the emulated API, so tests and users can inspect what a client sent.</summary>
internal sealed class TatsuRequestLog
{
    /// <summary>Old entries are dropped beyond this, so a long-running sandbox does not grow without bound.</summary>
    private const int Capacity = 1_000;

    private readonly Lock _sync = new();
    private readonly Queue<TatsuRequestRecord> _records = new();

    public void Add(TatsuRequestRecord record)
    {
        lock (_sync)
        {
            if (_records.Count == Capacity)
            {
                _records.Dequeue();
            }

            _records.Enqueue(record);
        }
    }

    public IReadOnlyList<TatsuRequestRecord> Snapshot()
    {
        lock (_sync)
        {
            return [.. _records];
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _records.Clear();
        }
    }
}
