using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>The webhook endpoints' log lines. None carries a secret, a header value or a body.</summary>
internal static partial class TopGgWebhookLog
{
    public const string CategoryName = "Guildhall.TopGg.Webhooks";

    [LoggerMessage(200, LogLevel.Debug, "Top.gg delivery accepted on {Path}: {EventType} ({Format}, trace {TraceId})")]
    public static partial void Accepted(ILogger logger, string path, string eventType, TopGgWebhookFormat format, string? traceId);

    [LoggerMessage(201, LogLevel.Warning, "Top.gg delivery refused on {Path} with {StatusCode}: {Reason}: {Explanation}")]
    public static partial void Rejected(ILogger logger, string path, int statusCode, TopGgWebhookRejectionReason reason, string explanation);

    [LoggerMessage(202, LogLevel.Information, "Top.gg delivery {DeduplicationKey} on {Path} was already handled; acknowledged without handling it again")]
    public static partial void Duplicate(ILogger logger, string path, string deduplicationKey);

    [LoggerMessage(203, LogLevel.Error, "The Top.gg webhook handler failed on {Path} for {EventType}; answered 500 so Top.gg retries")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string path, string eventType);

    [LoggerMessage(204, LogLevel.Warning, "The Top.gg webhook handler on {Path} was still running after {Deadline}; answered 202 and let it finish")]
    public static partial void HandlerOverran(ILogger logger, string path, TimeSpan deadline);

    [LoggerMessage(205, LogLevel.Error, "The Top.gg webhook handler on {Path} failed after the reply for {EventType}; Top.gg will not retry it")]
    public static partial void LateHandlerFailed(ILogger logger, Exception exception, string path, string eventType);

    [LoggerMessage(206, LogLevel.Warning, "The Top.gg webhook queue is full; answered 503 on {Path} so Top.gg delivers again later")]
    public static partial void QueueFull(ILogger logger, string path);

    [LoggerMessage(207, LogLevel.Warning, "A queued Top.gg webhook handler failed for {EventType} (attempt {Attempt} of {Attempts}); retrying in {Delay}")]
    public static partial void QueuedHandlerRetrying(ILogger logger, Exception exception, string eventType, int attempt, int attempts, TimeSpan delay);

    [LoggerMessage(208, LogLevel.Error, "A queued Top.gg webhook handler failed {Attempts} times for {EventType} ({DeduplicationKey}); the delivery is dropped")]
    public static partial void QueuedHandlerGaveUp(ILogger logger, Exception exception, string eventType, int attempts, string? deduplicationKey);

    [LoggerMessage(209, LogLevel.Error, "An integration.create delivery reached {Path}, which has no integration handler or declined it; answered 501")]
    public static partial void NoIntegrationHandler(ILogger logger, string path);

    [LoggerMessage(210, LogLevel.Error, "The Top.gg integration handler on {Path} failed or overran {Deadline}; answered 503 so Top.gg retries")]
    public static partial void IntegrationHandlerFailed(ILogger logger, Exception exception, string path, TimeSpan deadline);

    [LoggerMessage(211, LogLevel.Information, "Listening for Top.gg webhooks on {Url}")]
    public static partial void Listening(ILogger logger, Uri url);

    [LoggerMessage(212, LogLevel.Information, "Stopping the Top.gg webhook listener ({Reason}); deliveries in flight and queued ones get up to {ShutdownTimeout} to finish")]
    public static partial void Stopping(ILogger logger, string reason, TimeSpan shutdownTimeout);

    [LoggerMessage(213, LogLevel.Information, "The Top.gg webhook listener stopped")]
    public static partial void Stopped(ILogger logger);
}
