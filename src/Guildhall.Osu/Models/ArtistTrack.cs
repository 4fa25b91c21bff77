using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A featured artist's track (<c>GET /beatmaps/artists/tracks</c>).</summary>
[JsonConverter(typeof(WireModelConverter<ArtistTrack>))]
public sealed partial record ArtistTrack
{
    /// <summary>The track id.</summary>
    public long Id { get; init; }

    /// <summary>The artist's id.</summary>
    public long ArtistId { get; init; }

    /// <summary>The album's id, if the track is on one.</summary>
    public long? AlbumId { get; init; }

    /// <summary>The title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The version (a remix or edit), if any.</summary>
    public string? Version { get; init; }

    /// <summary>The genre, as the site names it.</summary>
    public string Genre { get => field ?? ""; init; }

    /// <summary>Beats per minute.</summary>
    public double Bpm { get; init; }

    /// <summary>The length as the site shows it (<c>2:54</c>).</summary>
    public string Length { get => field ?? ""; init; }

    /// <summary>Whether the track is exclusive to osu!.</summary>
    public bool Exclusive { get; init; }

    /// <summary>Whether the site marks the track as new.</summary>
    public bool IsNew { get; init; }

    /// <summary>The cover image.</summary>
    public string CoverUrl { get => field ?? ""; init; }

    /// <summary>The address of the track's template beatmap (<c>.osz</c>).</summary>
    public string Osz { get => field ?? ""; init; }

    /// <summary>The address of the audio preview.</summary>
    public string Preview { get => field ?? ""; init; }

    /// <summary>When the track was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The album, if the track is on one.</summary>
    public ArtistAlbum? Album { get; init; }

    /// <summary>The artist.</summary>
    public FeaturedArtist? Artist { get; init; }
}
