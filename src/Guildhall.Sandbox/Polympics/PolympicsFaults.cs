using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.Polympics;

/// <summary>The faults queued through <c>/_sandbox/polympics/faults</c>, consumed in order by matching requests.</summary>
internal sealed class PolympicsFaults
{
    private readonly Lock _sync = new();
    private readonly List<PolympicsFault> _pending = [];

    public IReadOnlyList<PolympicsFault> Pending
    {
        get
        {
            lock (_sync)
            {
                return [.. _pending];
            }
        }
    }

    /// <summary>An endpoint filter that answers with the next matching fault, if one is queued.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var faults = context.HttpContext.RequestServices.GetRequiredService<PolympicsFaults>();
        var path = context.HttpContext.Request.Path.Value ?? "/";
        var relative = path.StartsWith("/polympics", StringComparison.Ordinal) ? path["/polympics".Length..] : path;
        return faults.Take(relative) is { } fault ? fault.ToResult() : await next(context).ConfigureAwait(false);
    }

    public void Add(PolympicsFault fault)
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

    private PolympicsFault? Take(string path)
    {
        lock (_sync)
        {
            var fault = _pending.Find(f => path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
            if (fault is not null && --fault.Remaining <= 0)
            {
                _pending.Remove(fault);
            }

            return fault;
        }
    }
}
