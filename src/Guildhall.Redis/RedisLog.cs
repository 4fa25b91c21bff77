using Microsoft.Extensions.Logging;

namespace Guildhall.Redis;

/// <summary>The package's log messages. None carries a token, a secret or a key derived from one.</summary>
internal static partial class RedisLog
{
    public const string RefreshCategory = "Guildhall.Redis.OsuRefresh";

    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "Took the lease (fence {Fence}) to refresh an osu! token for every process")]
    public static partial void RefreshLeaseTaken(ILogger logger, long fence);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "Another process refreshed the osu! token (status {Status}); using its answer")]
    public static partial void RefreshJoined(ILogger logger, int status);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "The lease (fence {Fence}) to refresh an osu! token expired before osu! answered; the answer goes to this caller only")]
    public static partial void RefreshLeaseLost(ILogger logger, long fence);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "osu! answered a token refresh with {Status}; the lease is released so that the next attempt asks again")]
    public static partial void RefreshNotShared(ILogger logger, int status);
}
