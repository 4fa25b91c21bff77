using Microsoft.Extensions.Logging;

namespace Guildhall.Sandbox.Osu;

/// <summary>The osu! emulator's log lines. Tokens appear only by id (the JWT <c>jti</c>), never by value.</summary>
internal static partial class OsuLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "osu! sandbox issued a {Grant} token {TokenId} to client {ClientId}")]
    public static partial void TokenIssued(ILogger logger, long clientId, string grant, string tokenId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "osu! sandbox revoked token {TokenId}")]
    public static partial void TokenRevoked(ILogger logger, string tokenId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "osu! sandbox queued {Count} fault(s) answering {Status} for paths starting with '{PathPrefix}'")]
    public static partial void FaultQueued(ILogger logger, int count, int status, string pathPrefix);
}
