using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.Autopost;

/// <summary>The autoposter's log lines. None carries the token.</summary>
internal static partial class TopGgAutopostLog
{
    public const string CategoryName = "Guildhall.TopGg.Autopost";

    [LoggerMessage(300, LogLevel.Information, "Top.gg autoposter started: every {Interval}, first post in {FirstPostDelay}")]
    public static partial void Started(ILogger logger, TimeSpan interval, TimeSpan firstPostDelay);

    [LoggerMessage(301, LogLevel.Information, "Top.gg stats posted ({Updates} update(s)); next post at {NextAttemptAt}")]
    public static partial void Posted(ILogger logger, int updates, DateTimeOffset nextAttemptAt);

    [LoggerMessage(302, LogLevel.Debug, "The stats provider is not ready; asking again at {NextAttemptAt}")]
    public static partial void NotReady(ILogger logger, DateTimeOffset nextAttemptAt);

    [LoggerMessage(303, LogLevel.Error, "Top.gg refused the token ({StatusCode}) {ConsecutiveFailures} time(s) in a row; check the token. Backing off until {NextAttemptAt}")]
    public static partial void CredentialsRefused(ILogger logger, Exception exception, int? statusCode, int consecutiveFailures, DateTimeOffset nextAttemptAt);

    [LoggerMessage(304, LogLevel.Warning, "Top.gg rate limited the stats post; waiting until {NextAttemptAt}")]
    public static partial void RateLimited(ILogger logger, DateTimeOffset nextAttemptAt);

    [LoggerMessage(305, LogLevel.Warning, "Posting Top.gg stats failed ({ErrorType}) {ConsecutiveFailures} time(s) in a row; next attempt at {NextAttemptAt}")]
    public static partial void Failed(ILogger logger, Exception exception, string errorType, int consecutiveFailures, DateTimeOffset nextAttemptAt);

    [LoggerMessage(307, LogLevel.Information, "Top.gg autoposter stopped")]
    public static partial void Stopped(ILogger logger);
}
