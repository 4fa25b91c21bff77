namespace Guildhall.Sandbox.Osu.State;

/// <summary>A chat channel: its members, messages (oldest first) and each member's last read message.</summary>
internal sealed class OsuChatChannel
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string? Icon { get; init; }

    /// <summary><c>PUBLIC</c>, <c>PM</c>, <c>ANNOUNCE</c>...</summary>
    public required string Type { get; init; }

    public bool Moderated { get; init; }

    public string? Uuid { get; init; }

    public HashSet<long> Members { get; } = [];

    public List<OsuChatMessage> Messages { get; } = [];

    public Dictionary<long, long> LastRead { get; } = [];

    public long? LastMessageId => Messages.Count == 0 ? null : Messages[^1].Id;

    public bool IsPublic => Type == "PUBLIC";
}
