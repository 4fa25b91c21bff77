using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A beatmapset's language, as the API names it.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetLanguage>))]
public sealed partial record BeatmapsetLanguage
{
    /// <summary>The language id; see <see cref="Language"/>.</summary>
    public int? Id { get; init; }

    /// <summary>The language's name, for example <c>English</c>.</summary>
    public string Name { get => field ?? ""; init; }
}
