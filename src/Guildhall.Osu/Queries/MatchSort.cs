namespace Guildhall.Osu.Queries;

/// <summary>The order of the match listing.</summary>
public enum MatchSort
{
    /// <summary>Newest first (<c>id_desc</c>, the API's default).</summary>
    NewestFirst,

    /// <summary>Oldest first (<c>id_asc</c>).</summary>
    OldestFirst,
}
