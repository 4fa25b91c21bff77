namespace Guildhall.TopGg.Webhooks;

/// <summary>A legacy bot vote: <c>{bot, user, type, isWeekend, query}</c>.</summary>
public sealed record LegacyBotVoteEvent : LegacyVoteEvent
{
    /// <summary>The bot's Discord user id (<c>bot</c>); the same as <see cref="TopGgVoteEvent.TargetId"/>.</summary>
    public ulong BotId => TargetId;

    /// <summary>The voter's Discord user id (<c>user</c>); the same as <see cref="TopGgVoteEvent.VoterId"/>.</summary>
    public ulong UserId => VoterId;

    /// <summary>Whether the vote was cast during a weekend, when votes count double (<c>isWeekend</c>).</summary>
    public bool IsWeekend { get; init; }
}
