namespace Guildhall.Sandbox.Faults;

/// <summary>
/// The queue of injected faults shared by every emulator of a host; the first matching fault takes a request. An
/// emulator's own admin routes see only the faults under its prefix (for example <c>/tatsu/v1/</c>).
/// </summary>
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

    /// <summary>Drops the faults whose path prefix lies under <paramref name="pathPrefix"/>, and returns them.</summary>
    public IReadOnlyList<SandboxFault> Clear(string pathPrefix = "/")
    {
        lock (_sync)
        {
            var dropped = _pending.FindAll(fault => IsUnder(fault, pathPrefix));
            _pending.RemoveAll(fault => IsUnder(fault, pathPrefix));
            return dropped;
        }
    }

    /// <summary>The faults still waiting whose path prefix lies under <paramref name="pathPrefix"/>, oldest first.</summary>
    public IReadOnlyList<SandboxFault> Pending(string pathPrefix = "/")
    {
        lock (_sync)
        {
            return [.. _pending.Where(fault => IsUnder(fault, pathPrefix))];
        }
    }

    /// <summary>The admin routes' listing of <see cref="Pending"/>.</summary>
    public JsonArray Describe(string pathPrefix = "/") => new([.. Pending(pathPrefix).Select(JsonNode (fault) => fault.ToJson())]);

    /// <summary>
    /// Takes one use of the first fault matching the request, if any. A fault that still skips lets the request pass
    /// (and counts it), so later faults do not take it either.
    /// </summary>
    public SandboxFault? TakeFor(string method, string pathAndQuery)
    {
        lock (_sync)
        {
            var index = _pending.FindIndex(fault => fault.Matches(method, pathAndQuery));
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

    private static bool IsUnder(SandboxFault fault, string pathPrefix) =>
        fault.PathPrefix.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase);
}
