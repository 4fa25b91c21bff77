using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user tag that describes beatmaps, for example <c>skillset/alt</c>.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapTag>))]
public sealed partial record BeatmapTag
{
    /// <summary>The tag id.</summary>
    public long Id { get; init; }

    /// <summary>The tag's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The ruleset id the tag applies to, or <see langword="null"/> for all.</summary>
    public int? RulesetId { get; init; }

    /// <summary>What the tag means.</summary>
    public string? Description { get; init; }

    /// <summary>When the tag was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the tag last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
