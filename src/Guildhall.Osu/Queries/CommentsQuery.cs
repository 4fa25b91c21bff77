namespace Guildhall.Osu.Queries;

/// <summary>Which comments to list (<c>GET /comments</c>); without a commentable, the site's latest comments.</summary>
public sealed record CommentsQuery
{
    /// <summary>What the comments are on; set with <see cref="CommentableId"/>.</summary>
    public CommentableType? CommentableType { get; init; }

    /// <summary>The id of what the comments are on.</summary>
    public long? CommentableId { get; init; }

    /// <summary>Only replies to this comment; <c>0</c> for top-level comments only, <see langword="null"/> for all.</summary>
    public long? ParentId { get; init; }

    /// <summary>The order. Default newest first.</summary>
    public CommentSort Sort { get; init; } = CommentSort.Newest;

    /// <summary>Comments per request (1 to 100). Default 50.</summary>
    public int PageSize { get; init; } = 50;
}
