using System.Globalization;
using System.Text;

namespace Guildhall.Testing;

/// <summary>Makes a running sandbox slow on purpose, through its host-wide fault queue (<c>/_sandbox/faults</c>).</summary>
public static class SandboxSlowness
{
    /// <summary>
    /// Holds the next <paramref name="times"/> requests under <paramref name="pathPrefix"/> for <paramref name="delay"/>
    /// (on the sandbox's clock) before the emulator sees them: to the emulator's limiter they arrive that much later than
    /// they were sent, as on a slow network.
    /// </summary>
    public static async Task DelayFirstRequestsAsync(Uri sandboxRoot, string pathPrefix, TimeSpan delay, int times)
    {
        using var http = new HttpClient();
        var fault = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"path":"{{pathPrefix}}","kind":"delay","delay_ms":{{(long)delay.TotalMilliseconds}},"times":{{times}}}""");
        using var content = new StringContent(fault, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(sandboxRoot, "_sandbox/faults"), content);
        response.EnsureSuccessStatusCode();
    }
}
