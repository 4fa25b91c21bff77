using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The neighbours of a build in its stream.</summary>
[JsonConverter(typeof(WireModelConverter<ChangelogBuildVersions>))]
public sealed partial record ChangelogBuildVersions
{
    /// <summary>The next build, if any.</summary>
    public ChangelogBuild? Next { get; init; }

    /// <summary>The previous build, if any.</summary>
    public ChangelogBuild? Previous { get; init; }
}
