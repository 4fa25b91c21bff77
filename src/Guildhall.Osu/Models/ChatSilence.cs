using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user silenced in chat: their messages should be hidden.</summary>
[JsonConverter(typeof(WireModelConverter<ChatSilence>))]
public sealed partial record ChatSilence
{
    /// <summary>The silence id.</summary>
    public long Id { get; init; }

    /// <summary>The silenced user.</summary>
    public long UserId { get; init; }
}
