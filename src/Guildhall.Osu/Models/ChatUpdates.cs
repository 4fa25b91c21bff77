using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Chat updates (<c>GET /chat/updates</c>; first-party clients only).</summary>
[JsonConverter(typeof(WireModelConverter<ChatUpdates>))]
public sealed partial record ChatUpdates
{
    /// <summary>The channels the user is in, where asked for.</summary>
    public IReadOnlyList<ChatChannel> Presence { get => field ?? []; init; }

    /// <summary>Silences, where asked for.</summary>
    public IReadOnlyList<ChatSilence> Silences { get => field ?? []; init; }

    /// <summary>Always empty since the API stopped sending messages here.</summary>
    public IReadOnlyList<ChatMessage> Messages { get => field ?? []; init; }
}
