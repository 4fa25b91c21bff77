using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Guildhall.Core.Telemetry;

/// <summary>
/// The names to subscribe to: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both called
/// <see cref="SourceName"/>. Every public API call is one activity; metrics count requests, retries and limiter waits.
/// </summary>
public static class GuildhallTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string SourceName = "Guildhall";

    internal static readonly ActivitySource ActivitySource = new(SourceName, typeof(GuildhallTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(SourceName, typeof(GuildhallTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Requests sent, tagged with the API, the operation and the status code (or the error type).</summary>
    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("guildhall.client.requests", "{request}", "HTTP attempts sent to an API.");

    /// <summary>Retries scheduled, tagged with the API and the reason.</summary>
    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("guildhall.client.retries", "{retry}", "Attempts repeated after a transient failure.");

    /// <summary>Time spent waiting for the client-side limiter.</summary>
    internal static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram<double>("guildhall.client.rate_limit.wait", "s", "Time a call waited for a rate-limit slot.");

    /// <summary>Calls refused locally by the limiter.</summary>
    internal static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>("guildhall.client.rate_limit.refusals", "{call}", "Calls refused locally because the wait was too long or the API blocked the credentials.");

    /// <summary>Whole-call duration, retries and waits included.</summary>
    internal static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>("guildhall.client.call.duration", "s", "Duration of a public API call.");
}
