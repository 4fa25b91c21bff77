namespace Guildhall.Osu.Queries;

/// <summary>Which beatmapset discussion votes to list (<c>GET /beatmapsets/discussions/votes</c>).</summary>
public sealed record DiscussionVotesQuery
{
    /// <summary>Only votes on this discussion.</summary>
    public long? DiscussionId { get; init; }

    /// <summary>Only votes by this user (sent as <c>user</c>).</summary>
    public long? UserId { get; init; }

    /// <summary>Only votes on discussions started by this user (sent as <c>receiver</c>).</summary>
    public long? ReceiverId { get; init; }

    /// <summary>Only up votes (<c>1</c>) or down votes (<c>-1</c>).</summary>
    public int? Score { get; init; }

    /// <summary>Oldest first instead of newest first.</summary>
    public bool OldestFirst { get; init; }

    /// <summary>Votes per request (5 to 50). Default 50.</summary>
    public int PageSize { get; init; } = 50;
}
