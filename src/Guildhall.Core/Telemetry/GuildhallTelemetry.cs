using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Guildhall.Core.Telemetry;

/// <summary>
/// The names to subscribe to: every Guildhall package publishes on one <see cref="ActivitySource"/> and one
/// <see cref="Meter"/>, both called <see cref="SourceName"/>. Instruments are named <c>guildhall.&lt;area&gt;.&lt;what&gt;</c>
/// (<c>guildhall.client.call.duration</c>, <c>guildhall.topgg.webhook.deliveries</c>); attributes follow the
/// OpenTelemetry HTTP conventions where one exists (<c>http.request.method</c>, <c>http.response.status_code</c>,
/// <c>server.address</c>, <c>error.type</c>) and are <c>guildhall.*</c> otherwise (<c>guildhall.api</c>,
/// <c>guildhall.operation</c>, <c>guildhall.outcome</c>). Every request a client sends is one activity named after its
/// operation, so a paged listing is one activity per page it fetches.
/// </summary>
public static class GuildhallTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string SourceName = "Guildhall";

    internal static readonly ActivitySource ActivitySource = new(SourceName, typeof(GuildhallTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(SourceName, typeof(GuildhallTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Attempts sent, tagged with the API, the operation and the answer's status code (or the error type).</summary>
    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("guildhall.client.requests", "{request}", "HTTP attempts sent to an API.");

    /// <summary>Retries scheduled, tagged with the API and the reason.</summary>
    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("guildhall.client.retries", "{retry}", "Attempts repeated after a transient failure.");

    /// <summary>Time spent waiting for the client-side limiter.</summary>
    internal static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram<double>("guildhall.client.rate_limit.wait", "s", "Time a call waited for a rate-limit slot.");

    /// <summary>Calls refused locally by the limiter.</summary>
    internal static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>("guildhall.client.rate_limit.refusals", "{call}", "Calls refused locally because the wait was too long or the API blocked the credentials.");

    /// <summary>Whole-call duration, retries and waits included, tagged with the outcome.</summary>
    internal static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>("guildhall.client.call.duration", "s", "Duration of a public API call.");

    /// <summary>The <c>guildhall.*</c> attribute names the clients use.</summary>
    internal static class Tags
    {
        public const string Api = "guildhall.api";
        public const string Operation = "guildhall.operation";
        public const string Outcome = "guildhall.outcome";
        public const string RetryReason = "guildhall.retry.reason";
    }

    /// <summary>The values of <see cref="Tags.Outcome"/>.</summary>
    internal static class Outcomes
    {
        public const string Success = "success";
        public const string Error = "error";
        public const string Canceled = "canceled";
    }
}
