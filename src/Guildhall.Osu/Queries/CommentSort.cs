namespace Guildhall.Osu.Queries;

/// <summary>The order of a comment listing.</summary>
public enum CommentSort
{
    /// <summary>Newest first (<c>new</c>, the API's default).</summary>
    Newest,

    /// <summary>Oldest first (<c>old</c>).</summary>
    Oldest,

    /// <summary>Most votes first (<c>top</c>).</summary>
    Top,
}
