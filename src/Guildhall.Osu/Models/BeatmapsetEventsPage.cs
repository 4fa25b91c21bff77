using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of beatmapset events (<c>GET /beatmapsets/events</c>).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetEventsPage>))]
public sealed partial record BeatmapsetEventsPage
{
    /// <summary>The events, newest first.</summary>
    public IReadOnlyList<BeatmapsetEvent> Events { get => field ?? []; init; }

    /// <summary>The users who caused them.</summary>
    public IReadOnlyList<User> Users { get => field ?? []; init; }

    /// <summary>Limits of reviews (this route spells it <c>reviewsConfig</c>).</summary>
    [JsonPropertyName("reviewsConfig")]
    public BeatmapsetReviewsConfig? ReviewsConfig { get; init; }
}
