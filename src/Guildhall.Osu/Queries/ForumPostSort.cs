namespace Guildhall.Osu.Queries;

/// <summary>The order of a topic's posts.</summary>
public enum ForumPostSort
{
    /// <summary>Oldest first (<c>id_asc</c>, the API's default).</summary>
    OldestFirst,

    /// <summary>Newest first (<c>id_desc</c>).</summary>
    NewestFirst,
}
