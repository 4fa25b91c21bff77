using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A chat message.</summary>
[JsonConverter(typeof(WireModelConverter<ChatMessage>))]
public sealed partial record ChatMessage
{
    /// <summary>The message id (grows with time within the whole chat).</summary>
    public long MessageId { get; init; }

    /// <summary>The channel.</summary>
    public long ChannelId { get; init; }

    /// <summary>The sender's user id.</summary>
    public long SenderId { get; init; }

    /// <summary>The text.</summary>
    public string Content { get => field ?? ""; init; }

    /// <summary>Whether it is an action (<c>/me</c>).</summary>
    public bool IsAction { get; init; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The kind: <c>plain</c>, <c>action</c>, <c>markdown</c>...</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>The client's de-duplication id, if it sent one.</summary>
    public string? Uuid { get; init; }

    /// <summary>The sender's card, where included.</summary>
    public User? Sender { get; init; }
}
