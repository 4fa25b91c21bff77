using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A build in the changelog, with its entries where the API includes them.</summary>
[JsonConverter(typeof(WireModelConverter<ChangelogBuild>))]
public sealed partial record ChangelogBuild
{
    /// <summary>The build id.</summary>
    public long Id { get; init; }

    /// <summary>The version, for example <c>2026.624.0</c>.</summary>
    public string Version { get => field ?? ""; init; }

    /// <summary>The version as shown.</summary>
    public string DisplayVersion { get => field ?? ""; init; }

    /// <summary>When the build was released.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Players on the build.</summary>
    public int Users { get; init; }

    /// <summary>The video about the build, if any.</summary>
    public string? YoutubeId { get; init; }

    /// <summary>The stream the build belongs to.</summary>
    [JsonPropertyName("update_stream")]
    public UpdateStreamInfo? Stream { get; init; }

    /// <summary>What changed.</summary>
    public IReadOnlyList<ChangelogEntry> ChangelogEntries { get => field ?? []; init; }

    /// <summary>The builds before and after it in its stream (single builds only).</summary>
    public ChangelogBuildVersions? Versions { get; init; }
}
