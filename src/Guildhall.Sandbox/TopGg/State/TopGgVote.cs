namespace Guildhall.Sandbox.TopGg.State;

/// <summary>One vote for a bot. A vote lasts 12 hours; on weekends it weighs 2.</summary>
/// <param name="Id">The vote's snowflake.</param>
/// <param name="BotId">The bot voted for.</param>
/// <param name="UserId">The voter's Discord id.</param>
/// <param name="CreatedAt">When the vote was cast.</param>
/// <param name="Weight">1, or 2 during the weekend multiplier.</param>
internal sealed record TopGgVote(ulong Id, ulong BotId, ulong UserId, DateTimeOffset CreatedAt, int Weight)
{
    /// <summary>How long a vote counts (<c>/bots/check</c>, v1 <c>expires_at</c>).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public DateTimeOffset ExpiresAt => CreatedAt + Lifetime;

    public bool IsActiveAt(DateTimeOffset now) => CreatedAt <= now && now < ExpiresAt;
}
