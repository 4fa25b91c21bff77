namespace Guildhall.Sandbox.Osu.State;

/// <summary>A stable multiplayer match (a lobby) with its events, oldest first.</summary>
internal sealed class OsuMatch
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public List<OsuMatchEvent> Events { get; } = [];
}
