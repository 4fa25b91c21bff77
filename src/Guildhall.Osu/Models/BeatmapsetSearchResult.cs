using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of a beatmapset search.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetSearchResult>))]
public sealed partial record BeatmapsetSearchResult
{
    /// <summary>The beatmapsets, with their difficulties.</summary>
    public IReadOnlyList<Beatmapset> Beatmapsets { get => field ?? []; init; }

    /// <summary>How the results were sorted.</summary>
    public BeatmapsetSearchOrder? Search { get; init; }

    /// <summary>The star rating recommended to the token's owner.</summary>
    public double? RecommendedDifficulty { get; init; }

    /// <summary>An error the search backend reported, if any.</summary>
    public string? Error { get; init; }

    /// <summary>How many beatmapsets match in total.</summary>
    public long Total { get; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
