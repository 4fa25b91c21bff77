using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The current season's menu backgrounds (<c>GET /seasonal-backgrounds</c>).</summary>
[JsonConverter(typeof(WireModelConverter<SeasonalBackgrounds>))]
public sealed partial record SeasonalBackgrounds
{
    /// <summary>When the season ends.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>The backgrounds.</summary>
    public IReadOnlyList<SeasonalBackground> Backgrounds { get => field ?? []; init; }
}
