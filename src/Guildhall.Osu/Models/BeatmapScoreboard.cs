using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A beatmap's leaderboard (<c>GET /beatmaps/{id}/scores</c>).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapScoreboard>))]
public sealed partial record BeatmapScoreboard
{
    /// <summary>The scores, best first.</summary>
    public IReadOnlyList<Score> Scores { get => field ?? []; init; }

    /// <summary>How many scores the leaderboard holds in total, where sent.</summary>
    public long? ScoreCount { get; init; }

    /// <summary>The token owner's own best score, if they have one.</summary>
    public BeatmapUserScore? UserScore { get; init; }

    /// <summary>The deprecated camelCase duplicate of <see cref="UserScore"/>, kept so nothing the API sends is dropped.</summary>
    [JsonPropertyName("userScore")]
    public BeatmapUserScore? UserScoreDuplicate { get; init; }
}
