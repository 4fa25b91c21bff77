namespace Guildhall.Osu.Queries;

/// <summary>Which beatmapset discussion posts to list (<c>GET /beatmapsets/discussions/posts</c>).</summary>
public sealed record DiscussionPostsQuery
{
    /// <summary>Only posts of this discussion.</summary>
    public long? DiscussionId { get; init; }

    /// <summary>Only posts by this user (sent as <c>user</c>).</summary>
    public long? UserId { get; init; }

    /// <summary>Which posts: <c>first</c>, <c>reply</c>, <c>system</c>; empty for the server's default (replies).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Oldest first instead of newest first.</summary>
    public bool OldestFirst { get; init; }

    /// <summary>Posts per request (5 to 50). Default 50.</summary>
    public int PageSize { get; init; } = 50;
}
