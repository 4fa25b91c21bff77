using System.Net;
using Microsoft.Extensions.Logging;

namespace Guildhall.Core.Telemetry;

/// <summary>
/// The pipeline's log lines. None of them carries a header, a body or a credential. A retry is routine (Debug); only a
/// call that fails after its retries is worth a warning.
/// </summary>
internal static partial class PipelineLog
{
    [LoggerMessage(1, LogLevel.Debug, "{Operation} answered {StatusCode} on attempt {Attempt}")]
    public static partial void Answered(ILogger logger, string operation, int statusCode, int attempt);

    [LoggerMessage(2, LogLevel.Debug, "{Operation} failed with {StatusCode}; retrying in {Delay} (attempt {Attempt})")]
    public static partial void RetryingAfterStatus(ILogger logger, string operation, HttpStatusCode statusCode, TimeSpan delay, int attempt);

    [LoggerMessage(3, LogLevel.Debug, "{Operation} failed with {ErrorType}; retrying in {Delay} (attempt {Attempt})")]
    public static partial void RetryingAfterException(ILogger logger, string operation, string errorType, TimeSpan delay, int attempt);

    [LoggerMessage(4, LogLevel.Information, "{Operation} waits {Delay} for a rate-limit slot")]
    public static partial void WaitingForRateLimit(ILogger logger, string operation, TimeSpan delay);

    [LoggerMessage(5, LogLevel.Warning, "{Operation} refused locally: rate limited for another {RetryAfter}")]
    public static partial void RefusedLocally(ILogger logger, string operation, TimeSpan retryAfter);

    [LoggerMessage(6, LogLevel.Warning, "{Operation} was rate limited by the API; bucket blocked until {Until}")]
    public static partial void BlockedByServer(ILogger logger, string operation, DateTimeOffset until);

    [LoggerMessage(7, LogLevel.Information, "{Operation} answered 401; credentials renewed, sending once more")]
    public static partial void RenewedCredentials(ILogger logger, string operation);

    [LoggerMessage(9, LogLevel.Debug, "{Operation} succeeded on attempt {Attempt} after retries")]
    public static partial void Recovered(ILogger logger, string operation, int attempt);

    [LoggerMessage(10, LogLevel.Warning, "{Operation} failed with {Failure} on attempt {Attempt}; no retry left")]
    public static partial void GaveUp(ILogger logger, string operation, string failure, int attempt);

    [LoggerMessage(8, LogLevel.Warning, "{Operation} could not return its rate-limit slot ({ErrorType}); the slot counts until its in-flight bound")]
    public static partial void SlotNotCompleted(ILogger logger, string operation, string errorType);
}
