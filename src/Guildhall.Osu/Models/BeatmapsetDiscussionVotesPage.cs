using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of beatmapset discussion votes (<c>GET /beatmapsets/discussions/votes</c>).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDiscussionVotesPage>))]
public sealed partial record BeatmapsetDiscussionVotesPage
{
    /// <summary>The votes.</summary>
    public IReadOnlyList<BeatmapsetDiscussionVote> Votes { get => field ?? []; init; }

    /// <summary>The discussions voted on.</summary>
    public IReadOnlyList<BeatmapsetDiscussion> Discussions { get => field ?? []; init; }

    /// <summary>The voters and the discussions' authors.</summary>
    public IReadOnlyList<User> Users { get => field ?? []; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
