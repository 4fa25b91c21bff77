using Microsoft.Extensions.Logging;

namespace Guildhall.Polympics;

/// <summary>The package's log messages. Usernames appear; tokens never do.</summary>
internal static partial class PolympicsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Polympics token of {Username} was reset; the client now uses the new token")]
    public static partial void TokenReset(ILogger logger, string username);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Polympics session {Username} was reset but the server did not return its new token; the session can no longer be used")]
    public static partial void SessionLost(ILogger logger, string username);
}
