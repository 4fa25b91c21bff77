namespace Guildhall.Osu.Queries;

/// <summary>What comments can be on.</summary>
public enum CommentableType
{
    /// <summary>A beatmapset (<c>beatmapset</c>).</summary>
    Beatmapset,

    /// <summary>A changelog build (<c>build</c>).</summary>
    Build,

    /// <summary>A news post (<c>news_post</c>).</summary>
    NewsPost,
}
