namespace Guildhall.Sandbox.Kit;

/// <summary>
/// The most recent requests of every emulated API, kept per API, so tests and users can see what a client sent
/// (retries and requests a fault answered included). Credentials are never kept: only the caller the emulator named.
/// Thread-safe.
/// </summary>
internal sealed class SandboxRequestLog
{
    /// <summary>Old entries are dropped beyond this, per API, so a long-running sandbox does not grow without bound.</summary>
    private const int Capacity = 1_000;

    private readonly Lock _sync = new();
    private readonly Dictionary<string, Queue<SandboxRequestRecord>> _records = new(StringComparer.Ordinal);

    public void Add(string api, SandboxRequestRecord record)
    {
        lock (_sync)
        {
            if (!_records.TryGetValue(api, out var records))
            {
                records = new Queue<SandboxRequestRecord>();
                _records[api] = records;
            }

            if (records.Count == Capacity)
            {
                records.Dequeue();
            }

            records.Enqueue(record);
        }
    }

    /// <summary>The requests of one API, oldest first.</summary>
    public IReadOnlyList<SandboxRequestRecord> Snapshot(string api)
    {
        lock (_sync)
        {
            return _records.TryGetValue(api, out var records) ? [.. records] : [];
        }
    }

    /// <summary>Forgets the requests of one API.</summary>
    public void Clear(string api)
    {
        lock (_sync)
        {
            _records.Remove(api);
        }
    }
}
