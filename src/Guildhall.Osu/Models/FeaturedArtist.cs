using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A featured artist as a track names it.</summary>
[JsonConverter(typeof(WireModelConverter<FeaturedArtist>))]
public sealed partial record FeaturedArtist
{
    /// <summary>The artist id.</summary>
    public long Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get => field ?? ""; init; }
}
