using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>An album of a featured artist.</summary>
[JsonConverter(typeof(WireModelConverter<ArtistAlbum>))]
public sealed partial record ArtistAlbum
{
    /// <summary>The album id.</summary>
    public long Id { get; init; }

    /// <summary>The artist's id.</summary>
    public long ArtistId { get; init; }

    /// <summary>The title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The romanized title, if it differs.</summary>
    public string? TitleRomanized { get; init; }

    /// <summary>The genre.</summary>
    public string? Genre { get; init; }

    /// <summary>The cover image.</summary>
    public string? CoverUrl { get; init; }

    /// <summary>Whether the site marks the album as new.</summary>
    public bool IsNew { get; init; }
}
