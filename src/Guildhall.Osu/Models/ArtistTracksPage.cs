using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of featured artist tracks.</summary>
[JsonConverter(typeof(WireModelConverter<ArtistTracksPage>))]
public sealed partial record ArtistTracksPage
{
    /// <summary>The tracks.</summary>
    public IReadOnlyList<ArtistTrack> ArtistTracks { get => field ?? []; init; }

    /// <summary>How the page was searched and sorted.</summary>
    public ArtistTrackSearch? Search { get; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
