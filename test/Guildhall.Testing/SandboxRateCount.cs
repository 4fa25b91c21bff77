using System.Net.Http.Json;
using System.Text.Json;

namespace Guildhall.Testing;

/// <summary>
/// One row of the sandbox's own rate counters (<c>GET /_sandbox/rate-limits</c>): what an emulator's limiter saw for
/// one bucket and credential. The sandbox counts independently of the clients, so these are the server's figures.
/// </summary>
public sealed record SandboxRateCount(string Api, string Bucket, string Caller, int Limit, TimeSpan Window, long Arrivals, long Accepted, long Refused, int MaxInWindow)
{
    /// <summary>Reads every counter of the sandbox at <paramref name="sandboxRoot"/>.</summary>
    public static async Task<IReadOnlyList<SandboxRateCount>> ReadAllAsync(Uri sandboxRoot)
    {
        using var http = new HttpClient();
        var body = await http.GetFromJsonAsync<JsonElement>(new Uri(sandboxRoot, "_sandbox/rate-limits"));
        return [.. body.GetProperty("counters").EnumerateArray().Select(row => new SandboxRateCount(
            row.GetProperty("api").GetString()!,
            row.GetProperty("bucket").GetString()!,
            row.GetProperty("caller").GetString()!,
            row.GetProperty("limit").GetInt32(),
            TimeSpan.FromMilliseconds(row.GetProperty("window_ms").GetInt64()),
            row.GetProperty("arrivals").GetInt64(),
            row.GetProperty("accepted").GetInt64(),
            row.GetProperty("refused").GetInt64(),
            row.GetProperty("max_in_window").GetInt32()))];
    }

    /// <summary>The one counter of <paramref name="api"/>'s <paramref name="bucket"/> (a fresh sandbox used by one credential).</summary>
    public static async Task<SandboxRateCount> ReadAsync(Uri sandboxRoot, string api, string bucket) =>
        Assert.Single(await ReadAllAsync(sandboxRoot), count => count.Api == api && count.Bucket == bucket);

    /// <summary>
    /// Fails unless the bucket saw no 429 and never more arrivals in one window than its limit, after more than a
    /// window's worth of requests (so the run did cross windows, where a limiter that ignores latency trips).
    /// </summary>
    public void AssertNeverExceeded()
    {
        Assert.True(Refused == 0, $"{Api} {Bucket}: the sandbox refused {Refused} of {Arrivals} requests with a 429.");
        Assert.True(MaxInWindow <= Limit, $"{Api} {Bucket}: {MaxInWindow} requests arrived within one window of {Window}, more than the limit of {Limit}.");
        Assert.True(Accepted > Limit, $"{Api} {Bucket}: only {Accepted} requests were made, not more than one window's worth ({Limit}); the run proves nothing.");
    }
}
