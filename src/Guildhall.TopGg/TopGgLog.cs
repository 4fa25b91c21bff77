using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg;

/// <summary>The client's own log lines (the transport logs each call). None of them carries the token.</summary>
internal static partial class TopGgLog
{
    [LoggerMessage(100, LogLevel.Debug, "Top.gg client ready for bot {BotId} at {BaseAddress}")]
    public static partial void ClientCreated(ILogger logger, ulong botId, Uri baseAddress);
}
