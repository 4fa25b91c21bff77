namespace Guildhall.Osu.Queries;

/// <summary>An osu!mania key-count variant of a ranking.</summary>
public enum ManiaVariant
{
    /// <summary>Four keys (<c>4k</c>).</summary>
    FourKeys,

    /// <summary>Seven keys (<c>7k</c>).</summary>
    SevenKeys,
}
