using System.Net.Http.Json;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// Raises an emulator's own rate limit through its admin route. Turning enforcement off is not enough for an API whose
/// client reads <c>X-RateLimit-Remaining</c>: a window the sandbox reports as spent would make the client's bucket wait,
/// and the benchmark would measure pacing.
/// </summary>
internal static class SandboxLimits
{
    /// <summary>Practically unlimited: more requests per window than any benchmark run sends.</summary>
    public const int Unlimited = 1_000_000_000;

    public static async Task RaiseAsync(SandboxHost sandbox, string adminPath, object body)
    {
        using var admin = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using var response = await admin.PutAsJsonAsync(adminPath, body);
        response.EnsureSuccessStatusCode();
    }
}
