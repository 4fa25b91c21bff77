namespace Guildhall.Sandbox.Kit;

/// <summary>
/// Fixed windows per key, the limit most APIs enforce on the server: a key's window opens with its first request and
/// lasts <c>window</c>; the next request after it ends opens a new one. Each request that counts is reported to the
/// host's <see cref="SandboxRateCounters"/> under the emulator's name and the bucket it names. Time comes only from the
/// sandbox clock. Thread-safe.
/// </summary>
/// <param name="api">The emulator's name, for the counters.</param>
/// <param name="admission">How a request that costs more than one hit is admitted.</param>
/// <param name="time">The sandbox clock.</param>
/// <param name="counters">The host's counters.</param>
internal sealed class SandboxFixedWindows(string api, SandboxWindowAdmission admission, TimeProvider time, SandboxRateCounters counters)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Used)> _windows = new(StringComparer.Ordinal);

    /// <summary>Charges <paramref name="cost"/> hits to <paramref name="key"/>'s window, or refuses the request.</summary>
    /// <param name="bucket">The limit's name for the counters, for example <c>api</c>.</param>
    /// <param name="key">Whose window: a token, a key, a client address.</param>
    /// <param name="limit">Hits allowed per window.</param>
    /// <param name="window">The window's length.</param>
    /// <param name="cost">The request's hits.</param>
    /// <param name="enforce">Whether a refusal stands (the sandbox may run without limits); counted either way.</param>
    public SandboxWindowVerdict Take(string bucket, string key, int limit, TimeSpan window, int cost = 1, bool enforce = true)
    {
        lock (_sync)
        {
            var now = time.GetUtcNow();
            var verdict = Charge(key, limit, window, cost, enforce, now);
            counters.Record(api, bucket, key, limit, window, now, verdict.Allowed, cost);
            return verdict;
        }
    }

    /// <summary>
    /// Charges hits without counting an arrival, as another process sharing the key would have used them (an admin
    /// route drains a window this way).
    /// </summary>
    public SandboxWindowVerdict Use(string key, int limit, TimeSpan window, int cost)
    {
        lock (_sync)
        {
            return Charge(key, limit, window, cost, enforce: true, time.GetUtcNow());
        }
    }

    /// <summary>Forgets every window.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _windows.Clear();
        }
    }

    private SandboxWindowVerdict Charge(string key, int limit, TimeSpan window, int cost, bool enforce, DateTimeOffset now)
    {
        if (!_windows.TryGetValue(key, out var current) || now >= current.Start + window)
        {
            current = (now, 0);
        }

        bool fits;
        if (admission == SandboxWindowAdmission.WholeCost)
        {
            fits = current.Used + cost <= limit;
            current.Used = Math.Min(current.Used + cost, limit);
        }
        else
        {
            fits = current.Used < limit;
            current.Used += fits ? cost : 0;
        }

        _windows[key] = current;
        return new SandboxWindowVerdict(fits || !enforce, limit, current.Used, current.Start + window);
    }
}
