using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of beatmapset discussion posts (<c>GET /beatmapsets/discussions/posts</c>).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDiscussionPostsPage>))]
public sealed partial record BeatmapsetDiscussionPostsPage
{
    /// <summary>The posts.</summary>
    public IReadOnlyList<BeatmapsetDiscussionPost> Posts { get => field ?? []; init; }

    /// <summary>The discussions they are in.</summary>
    public IReadOnlyList<BeatmapsetDiscussion> Discussions { get => field ?? []; init; }

    /// <summary>The beatmapsets those are on.</summary>
    public IReadOnlyList<Beatmapset> Beatmapsets { get => field ?? []; init; }

    /// <summary>Their authors.</summary>
    public IReadOnlyList<User> Users { get => field ?? []; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
