using System.Globalization;
using Guildhall.Core.RateLimiting;

namespace Guildhall.LoadDriver;

/// <summary>Commands that use a store directly: take slots without waiting, or take one and never give it back.</summary>
internal static class SlotCommands
{
    /// <summary>Tries <c>--attempts</c> acquires (each completed at once, none waiting) and reports how many were granted.</summary>
    public static async Task<string> AcquireAsync(DriverArguments arguments, IRateLimitStore store)
    {
        var rule = Rule(arguments);
        var granted = 0;
        for (var attempt = arguments.Number("attempts"); attempt > 0; attempt--)
        {
            var decision = await store.TryAcquireAsync([rule], TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            if (decision.Acquired)
            {
                granted++;
                await store.CompleteAsync(decision.Lease).ConfigureAwait(false);
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $$"""{"granted":{{granted}}}""");
    }

    /// <summary>
    /// Takes one slot with an in-flight bound of <c>--in-flight-ms</c>, says so, and then waits to be killed, as a process
    /// that dies mid-request (it gives up by itself after ten minutes, so a forgotten one does not live forever).
    /// </summary>
    public static async Task<string> HoldAsync(DriverArguments arguments, IRateLimitStore store)
    {
        var decision = await store.TryAcquireAsync([Rule(arguments)], TimeSpan.FromMilliseconds(arguments.Number("in-flight-ms"))).ConfigureAwait(false);
        await Console.Out.WriteLineAsync(decision.Acquired ? "held" : "refused").ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromMinutes(10), TimeProvider.System).ConfigureAwait(false);
        return """{"held":"gave up waiting to be killed"}""";
    }

    private static RateLimitRule Rule(DriverArguments arguments) =>
        new(arguments.Require("key"), arguments.Number("limit"), TimeSpan.FromMilliseconds(arguments.Number("window-ms")));
}
