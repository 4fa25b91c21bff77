namespace Guildhall.Sandbox.TopGg.Faults;

/// <summary>Faults waiting to replace the next matching responses, first queued first served.</summary>
internal sealed class TopGgFaultQueue
{
    private readonly Lock _gate = new();
    private readonly List<TopGgFault> _pending = [];

    public void Enqueue(TopGgFault fault, int count)
    {
        lock (_gate)
        {
            _pending.AddRange(Enumerable.Repeat(fault, count));
        }
    }

    /// <summary>Removes and returns the first fault that applies to <paramref name="apiPath"/>.</summary>
    public TopGgFault? TakeFor(string apiPath)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(f => f.Matches(apiPath));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            _pending.RemoveAt(index);
            return fault;
        }
    }

    public IReadOnlyList<TopGgFault> Pending()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }

    public int Clear()
    {
        lock (_gate)
        {
            var count = _pending.Count;
            _pending.Clear();
            return count;
        }
    }
}
