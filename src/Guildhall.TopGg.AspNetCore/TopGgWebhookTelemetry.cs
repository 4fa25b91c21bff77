using System.Diagnostics;
using System.Diagnostics.Metrics;
using Guildhall.Core.Telemetry;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// Webhook metrics and activities, published under the same name as the clients' (<see cref="GuildhallTelemetry.SourceName"/>),
/// so one subscription sees both: <c>guildhall.topgg.webhook.deliveries</c> (tagged <see cref="OutcomeTag"/> and
/// <see cref="FormatTag"/>) and <c>guildhall.topgg.webhook.handler.duration</c> (tagged <see cref="HandlerSucceededTag"/>).
/// Every tag of the webhook is named below <c>guildhall.topgg.webhook.</c>, as its instruments are.
/// </summary>
internal static class TopGgWebhookTelemetry
{
    public const string OutcomeTag = "guildhall.topgg.webhook.outcome";

    public const string FormatTag = "guildhall.topgg.webhook.format";

    public const string HandlerSucceededTag = "guildhall.topgg.webhook.handler.succeeded";

    public static readonly ActivitySource ActivitySource = new(GuildhallTelemetry.SourceName);

    // The handler's outcome tag, boxed once rather than per delivery.
    private static readonly object BoxedTrue = true;

    private static readonly object BoxedFalse = false;

    private static readonly Meter Meter = new(GuildhallTelemetry.SourceName);

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "guildhall.topgg.webhook.deliveries", "{delivery}", "Top.gg webhook deliveries received, by outcome.");

    private static readonly Histogram<double> HandlerDuration = Meter.CreateHistogram<double>(
        "guildhall.topgg.webhook.handler.duration", "s", "Time a webhook handler took.");

    /// <summary>Counts a delivery; <paramref name="outcome"/> is <c>handled</c>, <c>queued</c>, <c>duplicate</c>, <c>handler_failed</c>, <c>overran</c>, <c>queue_full</c>, <c>integration</c> or a rejection reason.</summary>
    public static void Count(string outcome, string format)
    {
        if (Deliveries.Enabled)
        {
            Deliveries.Add(1, new KeyValuePair<string, object?>(OutcomeTag, outcome), new KeyValuePair<string, object?>(FormatTag, format));
        }
    }

    /// <summary>Whether anyone listens to the handler's duration: when nobody does, the handler is not timed.</summary>
    public static bool HandlerDurationEnabled => HandlerDuration.Enabled;

    public static void RecordHandler(TimeSpan elapsed, bool succeeded) =>
        HandlerDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(HandlerSucceededTag, succeeded ? BoxedTrue : BoxedFalse));
}
