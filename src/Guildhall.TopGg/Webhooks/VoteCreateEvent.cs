namespace Guildhall.TopGg.Webhooks;

/// <summary>A V2 <c>vote.create</c> event: someone voted for the project.</summary>
public sealed record VoteCreateEvent : TopGgVoteEvent
{
    /// <summary>The event type on the wire.</summary>
    public const string EventType = "vote.create";

    /// <inheritdoc />
    public override TopGgWebhookFormat Format => TopGgWebhookFormat.V2;

    /// <summary>The vote's unique id (<c>data.id</c>); retries of one delivery carry the same id.</summary>
    public required ulong VoteId { get; init; }

    /// <summary>When the vote was cast (<c>data.created_at</c>).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the vote expires and the user may vote again (<c>data.expires_at</c>).</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The project voted for.</summary>
    public required WebhookProject Project { get; init; }

    /// <summary>The voter.</summary>
    public required WebhookUser User { get; init; }
}
