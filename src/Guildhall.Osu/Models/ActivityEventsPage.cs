using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of the global event feed (<c>GET /events</c>).</summary>
[JsonConverter(typeof(WireModelConverter<ActivityEventsPage>))]
public sealed partial record ActivityEventsPage
{
    /// <summary>The events.</summary>
    public IReadOnlyList<ActivityEvent> Events { get => field ?? []; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
