namespace Guildhall.Sandbox.TopGg.State;

/// <summary>What an admin asked the sandbox to deliver, with defaults filled in.</summary>
internal sealed record TopGgDeliveryRequest
{
    public required Uri Url { get; init; }

    public required TopGgDeliveryFormat Format { get; init; }

    /// <summary><c>bot</c> or <c>server</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The legacy <c>Authorization</c> value, or the V2 <c>whs_</c> signing secret.</summary>
    public required string Secret { get; init; }

    /// <summary>The voter's Discord id.</summary>
    public required ulong UserId { get; init; }

    /// <summary>The bot or guild voted for.</summary>
    public required ulong TargetId { get; init; }

    /// <summary>Legacy <c>type</c>: <c>upvote</c> or <c>test</c>.</summary>
    public required string VoteType { get; init; }

    /// <summary>The vote page's query string, for example <c>?ref=docs</c>; <see langword="null"/> for none.</summary>
    public string? Query { get; init; }

    public required bool IsWeekend { get; init; }

    /// <summary>V2 event: <c>vote.create</c>, <c>webhook.test</c>, <c>integration.create</c> or <c>integration.delete</c>.</summary>
    public required string Event { get; init; }

    /// <summary>The secret handed over in <c>integration.create</c>.</summary>
    public required string IntegrationSecret { get; init; }

    /// <summary>The connection id of <c>integration.create</c> and <c>integration.delete</c>.</summary>
    public required ulong ConnectionId { get; init; }

    /// <summary>Whether the delivery reports a vote (a legacy <c>upvote</c> or a V2 <c>vote.create</c>), not a test or a handshake.</summary>
    public bool ReportsVote => Format == TopGgDeliveryFormat.Legacy ? VoteType == "upvote" : Event == "vote.create";
}
