using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A channel with its members (<c>GET /chat/channels/{channel}</c>).</summary>
[JsonConverter(typeof(WireModelConverter<ChatChannelDetails>))]
public sealed partial record ChatChannelDetails
{
    /// <summary>The channel.</summary>
    public ChatChannel? Channel { get; init; }

    /// <summary>The members (private channels only).</summary>
    public IReadOnlyList<User> Users { get => field ?? []; init; }
}
