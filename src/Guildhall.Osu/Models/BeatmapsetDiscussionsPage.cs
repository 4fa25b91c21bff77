using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of beatmapset discussions (<c>GET /beatmapsets/discussions</c>).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDiscussionsPage>))]
public sealed partial record BeatmapsetDiscussionsPage
{
    /// <summary>The discussions.</summary>
    public IReadOnlyList<BeatmapsetDiscussion> Discussions { get => field ?? []; init; }

    /// <summary>Related discussions (the rest of a review).</summary>
    public IReadOnlyList<BeatmapsetDiscussion> IncludedDiscussions { get => field ?? []; init; }

    /// <summary>The difficulties they are on.</summary>
    public IReadOnlyList<Beatmap> Beatmaps { get => field ?? []; init; }

    /// <summary>The beatmapsets they are on.</summary>
    public IReadOnlyList<Beatmapset> Beatmapsets { get => field ?? []; init; }

    /// <summary>Their authors.</summary>
    public IReadOnlyList<User> Users { get => field ?? []; init; }

    /// <summary>Limits of reviews.</summary>
    public BeatmapsetReviewsConfig? ReviewsConfig { get; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
