using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The token owner's own best score on a beatmap and its position on the leaderboard.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapUserScore>))]
public sealed partial record BeatmapUserScore
{
    /// <summary>The position on the leaderboard.</summary>
    public int Position { get; init; }

    /// <summary>The score.</summary>
    public Score? Score { get; init; }
}
