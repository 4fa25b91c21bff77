using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A chat channel: public, private, multiplayer, PM, announcement...</summary>
[JsonConverter(typeof(WireModelConverter<ChatChannel>))]
public sealed partial record ChatChannel
{
    /// <summary>The channel id.</summary>
    public long ChannelId { get; init; }

    /// <summary>The name (<c>#osu</c>; the other user's name for a PM).</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The icon's address (the other user's avatar for a PM).</summary>
    public string? Icon { get; init; }

    /// <summary>The kind: <c>PUBLIC</c>, <c>PRIVATE</c>, <c>MULTIPLAYER</c>, <c>SPECTATOR</c>, <c>TEMPORARY</c>, <c>PM</c>, <c>GROUP</c>, <c>ANNOUNCE</c> (the API adds kinds; unknown ones are kept).</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>The longest message the channel takes, in characters.</summary>
    public int? MessageLengthLimit { get; init; }

    /// <summary>Whether only moderators may write.</summary>
    public bool Moderated { get; init; }

    /// <summary>The client's de-duplication id of the request that created the channel, if any.</summary>
    public string? Uuid { get; init; }

    /// <summary>What the token's owner may do in the channel, where sent.</summary>
    public ChatChannelUserAttributes? CurrentUserAttributes { get; init; }

    /// <summary>The newest message id, where sent.</summary>
    public long? LastMessageId { get; init; }

    /// <summary>The newest message the token's owner has read, where sent.</summary>
    public long? LastReadId { get; init; }

    /// <summary>The members' ids (private channels only; empty for public ones).</summary>
    public IReadOnlyList<long> Users { get => field ?? []; init; }

    /// <summary>Recent messages (deprecated by the API; sent when a channel is created).</summary>
    public IReadOnlyList<ChatMessage> RecentMessages { get => field ?? []; init; }
}
