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

    public const string StreamCategory = "Guildhall.Redis.VoteStream";

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "The handler failed on vote {EntryId} (delivery {Delivery}); it stays pending and is delivered again")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string entryId, long delivery);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Claimed {Count} votes another consumer left unacknowledged")]
    public static partial void Claimed(ILogger logger, int count);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Vote {EntryId} failed {Deliveries} deliveries; moved to the dead-letter stream")]
    public static partial void DeadLettered(ILogger logger, string entryId, long deliveries);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Error, Message = "Stream entry {EntryId} is not a vote; moved to the dead-letter stream")]
    public static partial void Unreadable(ILogger logger, Exception exception, string entryId);

    public const string OutageCategory = "Guildhall.Redis.Outage";

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Redis is unreachable for the shared {Part}; policy {Policy}")]
    public static partial void OutageStarted(ILogger logger, Exception exception, string part, RedisOutagePolicy policy);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "Redis answers again for the shared {Part}")]
    public static partial void OutageEnded(ILogger logger, string part);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Warning, Message = "Redis is unreachable: osu! session {SessionId} was changed in this process only, so other processes holding the session may diverge from it (one refreshing it may lose it)")]
    public static partial void SessionKeptLocally(ILogger logger, long sessionId);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Warning, Message = "The vote stream's consumer group {Group} is gone (Redis lost the stream); creating it again")]
    public static partial void GroupMissing(ILogger logger, string group);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Debug, Message = "Redis unreachable: the shared {Part} {Outcome}")]
    public static partial void OutageCall(ILogger logger, string part, string outcome);
}
