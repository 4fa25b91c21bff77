using Microsoft.Extensions.Logging;

namespace Guildhall.Samples.HostedBot;

/// <summary>The bot's own log lines.</summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Listening for Top.gg votes on {Endpoint}")]
    public static partial void Listening(ILogger logger, Uri endpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Vote from {VoterId} for {TargetId} (weight {Weight}, test {IsTest})")]
    public static partial void VoteReceived(ILogger logger, ulong voterId, ulong targetId, int weight, bool isTest);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "osu! player {Player}: {Pp} pp, global rank {Rank}")]
    public static partial void OsuPlayerRead(ILogger logger, string player, double? pp, long? rank);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Tatsu weekly leaderboard of {GuildId}: {Count} members on the first page, leader {LeaderId} with {LeaderScore}")]
    public static partial void TatsuLeaderboardRead(ILogger logger, ulong guildId, int count, ulong? leaderId, ulong? leaderScore);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Reading {Api} failed; trying again at the next read")]
    public static partial void ReadFailed(ILogger logger, string api, Exception exception);

}
