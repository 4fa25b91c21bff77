using Microsoft.Extensions.Logging;

namespace Guildhall.Osu.Internal;

/// <summary>The osu! package's log messages. Never a token: only session ids and expiry times.</summary>
internal static partial class OsuLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Renewing the osu! token of session {SessionId} ({Reason})")]
    public static partial void RenewingToken(ILogger logger, long sessionId, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Renewed the osu! token of session {SessionId}; it expires at {ExpiresAt:u}")]
    public static partial void RenewedToken(ILogger logger, long sessionId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Adopted the osu! token another instance stored for session {SessionId}")]
    public static partial void AdoptedStoredToken(ILogger logger, long sessionId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Renewing the osu! token of session {SessionId} failed; the stored token is kept")]
    public static partial void RenewalFailed(ILogger logger, long sessionId, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Reading the osu! chat channel {ChannelId} failed; asking again in {RetryDelay}")]
    public static partial void ChatWatchRetrying(ILogger logger, long channelId, TimeSpan retryDelay, Exception exception);
}
