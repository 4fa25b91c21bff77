namespace Guildhall.Osu.Queries;

/// <summary>The order of the global event feed.</summary>
public enum EventSort
{
    /// <summary>Newest first (the default).</summary>
    NewestFirst,

    /// <summary>Oldest first.</summary>
    OldestFirst,
}
