namespace Guildhall.Osu.Models;

/// <summary>A beatmapset's genre, as the API names it.</summary>
public sealed record BeatmapsetGenre
{
    /// <summary>The genre id; see <see cref="Genre"/>.</summary>
    public int? Id { get; init; }

    /// <summary>The genre's name, for example <c>Pop</c>.</summary>
    public string Name { get => field ?? ""; init; }
}
