namespace Guildhall.Osu.Models;

/// <summary>The post kudosu was given for.</summary>
public sealed record KudosuPost
{
    /// <summary>The post, or <see langword="null"/> if it was deleted.</summary>
    public string? Url { get; init; }

    /// <summary>Its title (<c>[deleted beatmap]</c> when gone).</summary>
    public string Title { get => field ?? ""; init; }
}
