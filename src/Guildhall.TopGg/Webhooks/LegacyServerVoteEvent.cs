namespace Guildhall.TopGg.Webhooks;

/// <summary>A legacy server vote: <c>{guild, user, type, query}</c>.</summary>
public sealed record LegacyServerVoteEvent : LegacyVoteEvent
{
    /// <summary>The guild id (<c>guild</c>); the same as <see cref="TopGgVoteEvent.TargetId"/>.</summary>
    public ulong GuildId => TargetId;

    /// <summary>The voter's Discord user id (<c>user</c>); the same as <see cref="TopGgVoteEvent.VoterId"/>.</summary>
    public ulong UserId => VoterId;
}
