namespace Guildhall.Sandbox.Osu.State;

/// <summary>A stored chat message; <see cref="Uuid"/> is the sender's de-duplication id, if it sent one.</summary>
internal sealed record OsuChatMessage(long Id, long ChannelId, long SenderId, string Content, bool IsAction, DateTimeOffset Timestamp, string? Uuid);
