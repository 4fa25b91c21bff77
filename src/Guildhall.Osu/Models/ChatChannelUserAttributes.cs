using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What the token's owner may do in a chat channel.</summary>
[JsonConverter(typeof(WireModelConverter<ChatChannelUserAttributes>))]
public sealed partial record ChatChannelUserAttributes
{
    /// <summary>Whether they may list the members.</summary>
    public bool CanListUsers { get; init; }

    /// <summary>Whether they may write.</summary>
    public bool CanMessage { get; init; }

    /// <summary>Why they may not write, if they may not.</summary>
    public string? CanMessageError { get; init; }

    /// <summary>The newest message they have read.</summary>
    public long? LastReadId { get; init; }
}
