namespace Guildhall.Osu.Queries;

/// <summary>Extras a searched beatmapset must have (<c>e</c>).</summary>
[Flags]
public enum BeatmapsetExtras
{
    /// <summary>No requirement.</summary>
    None = 0,

    /// <summary>A video.</summary>
    Video = 1,

    /// <summary>A storyboard.</summary>
    Storyboard = 2,
}
