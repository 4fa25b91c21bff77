using Guildhall.Sandbox.Faults;

namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>
/// Logs the Tatsu requests a host-wide fault answered before they reached the emulator, so the request log shows every
/// attempt a client made (a test counts the changes a client sent, retries and dropped connections included).
/// </summary>
internal sealed class TatsuFaultObserver(TatsuRequestLog log, TimeProvider time) : ISandboxFaultObserver
{
    public async Task OnAnsweredAsync(HttpContext context, int status)
    {
        if (context.Request.Path.StartsWithSegments(TatsuGateway.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            var record = await TatsuRequestRecord.ReadAsync(context, time.GetUtcNow()).ConfigureAwait(false);
            log.Add(record with { Status = status });
        }
    }
}
