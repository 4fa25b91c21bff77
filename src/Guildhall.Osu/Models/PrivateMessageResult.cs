using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A sent private message with its channel (<c>POST /chat/new</c>).</summary>
[JsonConverter(typeof(WireModelConverter<PrivateMessageResult>))]
public sealed partial record PrivateMessageResult
{
    /// <summary>The PM channel (created if it did not exist).</summary>
    public ChatChannel? Channel { get; init; }

    /// <summary>The message.</summary>
    public ChatMessage? Message { get; init; }

    /// <summary>The channel id again (deprecated by the API).</summary>
    public long? NewChannelId { get; init; }
}
