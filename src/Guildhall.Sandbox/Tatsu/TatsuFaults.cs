namespace Guildhall.Sandbox.Tatsu;

/// <summary>The queue of injected faults; the first matching fault spoils a request and counts down.</summary>
internal sealed class TatsuFaults
{
    private readonly Lock _sync = new();
    private readonly List<TatsuFault> _pending = [];

    public void Add(TatsuFault fault)
    {
        lock (_sync)
        {
            _pending.Add(fault);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _pending.Clear();
        }
    }

    public IReadOnlyList<TatsuFault> Pending()
    {
        lock (_sync)
        {
            return [.. _pending];
        }
    }

    /// <summary>Takes one use of the first fault matching the request, if any; a fault still skipping lets it pass.</summary>
    public TatsuFault? TakeFor(string method, string path)
    {
        lock (_sync)
        {
            var index = _pending.FindIndex(fault => fault.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            if (fault.Skip > 0)
            {
                _pending[index] = fault with { Skip = fault.Skip - 1 };
                return null;
            }

            if (fault.Times <= 1)
            {
                _pending.RemoveAt(index);
            }
            else
            {
                _pending[index] = fault with { Times = fault.Times - 1 };
            }

            return fault;
        }
    }
}
