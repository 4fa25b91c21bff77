namespace Guildhall.Sandbox.Osu.State;

/// <summary>One item of a room's playlist and every score set on it (lazer scores, never in the world's leaderboards).</summary>
internal sealed class OsuPlaylistItem
{
    public required long Id { get; init; }

    public required long RoomId { get; init; }

    public required long BeatmapId { get; init; }

    public required long OwnerId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<string> RequiredMods { get; init; } = [];

    public List<OsuScore> Scores { get; } = [];
}
