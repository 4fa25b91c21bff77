using Guildhall.Sandbox.RateLimits;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// Laravel's throttle as osu-web configures it: per key (the token, else the client address) a fixed window that
/// starts at the first hit and lasts a minute; a request is refused once the hits reached the limit. Every request's
/// hits go to the host's <see cref="SandboxRateCounters"/>, under the bucket it names.
/// </summary>
internal sealed class OsuRateLimiter(TimeProvider time, SandboxRateCounters counters)
{
    /// <summary>osu-web's default for the API group (<c>API_THROTTLE_GLOBAL</c>).</summary>
    public const int DefaultApiLimit = 1200;

    /// <summary>Laravel's default <c>throttle</c> (on <c>/oauth/token</c>).</summary>
    public const int DefaultTokenLimit = 60;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _sync = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Hits)> _windows = new(StringComparer.Ordinal);

    public int ApiLimit { get; set; } = DefaultApiLimit;

    public int TokenLimit { get; set; } = DefaultTokenLimit;

    /// <summary>Counts <paramref name="cost"/> hits for <paramref name="key"/> unless the limit is already reached.</summary>
    /// <param name="bucket">Which throttle: <c>api</c> or <c>oauth-token</c>, for the counters.</param>
    /// <param name="key">The token, else the client address.</param>
    /// <param name="limit">Hits allowed per window.</param>
    /// <param name="cost">The request's hits.</param>
    /// <param name="enforce">Whether a refusal stands (the sandbox may run without limits); counted either way.</param>
    /// <returns>Whether the request may pass, and the hits left in the window afterwards.</returns>
    public (bool Allowed, int Remaining) Hit(string bucket, string key, int limit, int cost, bool enforce = true)
    {
        var now = time.GetUtcNow();
        lock (_sync)
        {
            (DateTimeOffset Start, int Hits) window = _windows.TryGetValue(key, out var existing) && now - existing.Start < Window ? existing : (now, 0);
            var allowed = window.Hits < limit || !enforce;
            if (window.Hits < limit)
            {
                window.Hits += cost;
            }

            _windows[key] = window;
            counters.Record("osu", bucket, key, limit, Window, now, allowed, cost);
            return (allowed, Math.Max(0, limit - window.Hits));
        }
    }
}
