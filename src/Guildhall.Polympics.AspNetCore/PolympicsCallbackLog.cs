using Microsoft.Extensions.Logging;

namespace Guildhall.Polympics.AspNetCore;

/// <summary>The endpoint's log messages; neither the secret nor the Authorization header is ever logged.</summary>
internal static partial class PolympicsCallbackLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Refused a Polympics callback from {RemoteAddress}: the Authorization header is missing or does not carry the secret")]
    public static partial void Unauthorized(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Refused a Polympics callback: {Reason}")]
    public static partial void Malformed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Received account_team_update for account {AccountId} (team {TeamId})")]
    public static partial void Received(ILogger logger, ulong accountId, int? teamId);
}
