using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The answer to a chat keep-alive (<c>POST /chat/ack</c>).</summary>
[JsonConverter(typeof(WireModelConverter<ChatAck>))]
public sealed partial record ChatAck
{
    /// <summary>Silences since the time asked about.</summary>
    public IReadOnlyList<ChatSilence> Silences { get => field ?? []; init; }
}
