namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// A thread-safe map from a snowflake to an immutable record. Updates replace the record under a lock, so a reader
/// always sees a whole version of it.
/// </summary>
/// <typeparam name="T">The immutable record type.</typeparam>
internal sealed class TopGgRecordStore<T>
    where T : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, T> _records = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    public bool TryAdd(ulong id, T record)
    {
        lock (_gate)
        {
            return _records.TryAdd(id, record);
        }
    }

    public T? Find(ulong id)
    {
        lock (_gate)
        {
            return _records.GetValueOrDefault(id);
        }
    }

    /// <summary>Replaces the record with <paramref name="change"/>'s result; <see langword="null"/> if there is none.</summary>
    public T? Update(ulong id, Func<T, T> change)
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(id, out var current))
            {
                return null;
            }

            var next = change(current);
            _records[id] = next;
            return next;
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _records.Values];
        }
    }
}
