using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How a page of featured artist tracks was searched and sorted.</summary>
[JsonConverter(typeof(WireModelConverter<ArtistTrackSearch>))]
public sealed partial record ArtistTrackSearch
{
    /// <summary>The order, for example <c>update_desc</c>.</summary>
    public string Sort { get => field ?? ""; init; }

    /// <summary>Whether that is the default order.</summary>
    public bool IsDefaultSort { get; init; }

    /// <summary>Whether only tracks exclusive to osu! were asked for.</summary>
    public bool? ExclusiveOnly { get; init; }
}
