namespace Guildhall.Osu.Queries;

/// <summary>The kinds of beatmap packs.</summary>
public enum BeatmapPackType
{
    /// <summary>The numbered osu! packs (<c>standard</c>, the API's default).</summary>
    Standard,

    /// <summary>Featured artist packs (<c>featured</c>).</summary>
    Featured,

    /// <summary>Tournament packs (<c>tournament</c>).</summary>
    Tournament,

    /// <summary>Project Loved packs (<c>loved</c>).</summary>
    Loved,

    /// <summary>Spotlight packs (<c>chart</c>).</summary>
    Chart,

    /// <summary>Themed packs (<c>theme</c>).</summary>
    Theme,

    /// <summary>Packs of one artist or album (<c>artist</c>).</summary>
    Artist,
}
