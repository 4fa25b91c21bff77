namespace Guildhall.Osu.Models;

/// <summary>A beatmapset's language, as the API names it.</summary>
public sealed record BeatmapsetLanguage
{
    /// <summary>The language id; see <see cref="Language"/>.</summary>
    public int? Id { get; init; }

    /// <summary>The language's name, for example <c>English</c>.</summary>
    public string Name { get => field ?? ""; init; }
}
