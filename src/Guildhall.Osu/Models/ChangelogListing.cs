using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A changelog listing (<c>GET /changelog</c>): the streams and up to 21 builds.</summary>
[JsonConverter(typeof(WireModelConverter<ChangelogListing>))]
public sealed partial record ChangelogListing
{
    /// <summary>Every stream with its latest build.</summary>
    public IReadOnlyList<UpdateStreamInfo> Streams { get => field ?? []; init; }

    /// <summary>The builds, newest first.</summary>
    public IReadOnlyList<ChangelogBuild> Builds { get => field ?? []; init; }

    /// <summary>The parameters the listing was answered for.</summary>
    public ChangelogSearch? Search { get; init; }
}
