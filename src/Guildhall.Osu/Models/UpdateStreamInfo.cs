using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A release stream of the changelog (<c>stable40</c>, <c>lazer</c>, <c>web</c>...).</summary>
[JsonConverter(typeof(WireModelConverter<UpdateStreamInfo>))]
public sealed partial record UpdateStreamInfo
{
    /// <summary>The stream id.</summary>
    public long Id { get; init; }

    /// <summary>The name used in paths, for example <c>stable40</c>.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The name shown, for example <c>Stable</c>.</summary>
    public string DisplayName { get => field ?? ""; init; }

    /// <summary>Whether the site features the stream.</summary>
    public bool IsFeatured { get; init; }

    /// <summary>The stream's latest build (in the changelog listing).</summary>
    public ChangelogBuild? LatestBuild { get; init; }

    /// <summary>Players on the stream (in the changelog listing).</summary>
    public int? UserCount { get; init; }
}
