using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A beatmapset's genre, as the API names it.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetGenre>))]
public sealed partial record BeatmapsetGenre
{
    /// <summary>The genre id; see <see cref="Genre"/>.</summary>
    public int? Id { get; init; }

    /// <summary>The genre's name, for example <c>Pop</c>.</summary>
    public string Name { get => field ?? ""; init; }
}
