using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Sandbox.Kit;

/// <summary>
/// What every emulator's rate limiter saw, per API, bucket and credential, for tests and users to check a client from
/// outside: how many requests arrived, how many were let through or refused with a 429, and the most that arrived
/// within any one window of the bucket (refused ones included). A client that keeps to the limit never pushes that
/// above the limit, whatever the latency. Credentials appear only as a fingerprint (the first 16 hex digits of their
/// SHA-256). Thread-safe; read-only for clients (<c>GET /_sandbox/rate-limits</c>).
/// </summary>
internal sealed class SandboxRateCounters
{
    private readonly Lock _sync = new();
    private readonly Dictionary<(string Api, string Bucket, string Caller), SandboxRateCounter> _counters = [];

    /// <summary>Counts one arrival.</summary>
    /// <param name="api">The emulated API, for example <c>topgg</c>.</param>
    /// <param name="bucket">The limiter's bucket, for example <c>global</c>.</param>
    /// <param name="credential">What the limiter keys on (a token, a key); only its fingerprint is kept.</param>
    /// <param name="limit">The bucket's limit per window.</param>
    /// <param name="window">The bucket's window.</param>
    /// <param name="now">The arrival, on the sandbox clock.</param>
    /// <param name="allowed">Whether the limiter let it through.</param>
    /// <param name="weight">How much of the limit it uses (osu! charges some routes more than one hit).</param>
    public void Record(string api, string bucket, string credential, int limit, TimeSpan window, DateTimeOffset now, bool allowed, int weight = 1)
    {
        var caller = Fingerprint(credential);
        lock (_sync)
        {
            if (!_counters.TryGetValue((api, bucket, caller), out var counter))
            {
                counter = new SandboxRateCounter();
                _counters[(api, bucket, caller)] = counter;
            }

            counter.Record(limit, window, now, allowed, weight);
        }
    }

    /// <summary>The counters as JSON: <c>{"counters": [{api, bucket, caller, limit, window_ms, arrivals, accepted, refused, max_in_window}]}</c>.</summary>
    public JsonObject Describe()
    {
        lock (_sync)
        {
            var rows = _counters
                .OrderBy(entry => entry.Key.Api, StringComparer.Ordinal)
                .ThenBy(entry => entry.Key.Bucket, StringComparer.Ordinal)
                .ThenBy(entry => entry.Key.Caller, StringComparer.Ordinal)
                .Select(entry => (JsonNode)entry.Value.ToJson(entry.Key.Api, entry.Key.Bucket, entry.Key.Caller));
            return new JsonObject { ["counters"] = new JsonArray([.. rows]) };
        }
    }

    private static string Fingerprint(string credential) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(credential)).AsSpan(0, 8));
}
