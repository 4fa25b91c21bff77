using Guildhall.TopGg.Models;
namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// A vote, in either format: <see cref="LegacyBotVoteEvent"/>, <see cref="LegacyServerVoteEvent"/> or
/// <see cref="VoteCreateEvent"/>. The members here are what every vote has, so one handler can reward voters whatever
/// the format of the webhook.
/// </summary>
public abstract record TopGgVoteEvent : TopGgWebhookEvent
{
    private protected TopGgVoteEvent()
    {
    }

    /// <summary>The voter's Discord (platform) user id.</summary>
    public required ulong VoterId { get; init; }

    /// <summary>The Discord (platform) id of what was voted for: the bot's user id or the guild id.</summary>
    public required ulong TargetId { get; init; }

    /// <summary>What was voted for.</summary>
    public required TopGgProjectType TargetType { get; init; }

    /// <summary>How many votes this vote counts for: V2's <c>weight</c>; for legacy votes 2 on weekends, otherwise 1.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Whether the delivery is a test from the dashboard rather than a real vote.</summary>
    public bool IsTest { get; init; }
}
