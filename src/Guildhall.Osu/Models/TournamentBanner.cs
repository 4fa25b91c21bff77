using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A tournament support banner on a profile.</summary>
[JsonConverter(typeof(WireModelConverter<TournamentBanner>))]
public sealed partial record TournamentBanner
{
    /// <summary>The banner id.</summary>
    public long Id { get; init; }

    /// <summary>The tournament.</summary>
    public long TournamentId { get; init; }

    /// <summary>The image.</summary>
    public string? Image { get; init; }

    /// <summary>The double-resolution image.</summary>
    [JsonPropertyName("image@2x")]
    public string? Image2x { get; init; }
}
