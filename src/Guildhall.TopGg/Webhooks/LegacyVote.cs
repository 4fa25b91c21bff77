using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Webhooks;

/// <summary>The fields of a legacy vote as read from its body, by <see cref="LegacyBodyReader"/> or the general way.</summary>
/// <param name="TargetId">The <c>bot</c> or <c>guild</c> voted for.</param>
/// <param name="IsBot">Whether the body had <c>bot</c> (a bot vote) rather than only <c>guild</c>.</param>
/// <param name="VoterId">The <c>user</c> who voted.</param>
/// <param name="Type">The <c>type</c>.</param>
/// <param name="IsWeekend">The <c>isWeekend</c> of a bot vote.</param>
/// <param name="Query">The <c>query</c>, or <see langword="null"/> when absent or empty.</param>
internal readonly record struct LegacyVote(ulong TargetId, bool IsBot, ulong VoterId, LegacyVoteType Type, bool IsWeekend, string? Query)
{
    /// <summary>The event; test votes get no deduplication key, every other vote <paramref name="bodyKey"/>.</summary>
    public TopGgVoteEvent ToEvent(string bodyKey)
    {
        var isTest = Type == LegacyVoteType.Test;
        var key = isTest ? null : bodyKey;
        var query = TopGgVoteQuery.Parse(Query);
        if (IsBot)
        {
            return new LegacyBotVoteEvent
            {
                TargetId = TargetId,
                TargetType = TopGgProjectType.Bot,
                VoterId = VoterId,
                IsWeekend = IsWeekend,
                Weight = IsWeekend ? 2 : 1,
                Type = Type,
                IsTest = isTest,
                Query = query,
                DeduplicationKey = key,
            };
        }

        return new LegacyServerVoteEvent
        {
            TargetId = TargetId,
            TargetType = TopGgProjectType.Server,
            VoterId = VoterId,
            Type = Type,
            IsTest = isTest,
            Query = query,
            DeduplicationKey = key,
        };
    }
}
