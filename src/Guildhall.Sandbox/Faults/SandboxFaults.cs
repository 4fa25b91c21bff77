namespace Guildhall.Sandbox.Faults;

/// <summary>The queue of injected faults shared by every emulator of a host; the first matching fault takes a request.</summary>
internal sealed class SandboxFaults
{
    private readonly Lock _sync = new();
    private readonly List<SandboxFault> _pending = [];

    public void Add(SandboxFault fault)
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

    public IReadOnlyList<SandboxFault> Pending()
    {
        lock (_sync)
        {
            return [.. _pending];
        }
    }

    /// <summary>Takes one use of the first fault matching the request, if any.</summary>
    public SandboxFault? TakeFor(string method, string path)
    {
        lock (_sync)
        {
            var index = _pending.FindIndex(fault => fault.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
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
