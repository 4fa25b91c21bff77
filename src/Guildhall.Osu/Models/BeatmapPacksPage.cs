using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of beatmap packs (<c>GET /beatmaps/packs</c>).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapPacksPage>))]
public sealed partial record BeatmapPacksPage
{
    /// <summary>The packs, newest first.</summary>
    public IReadOnlyList<BeatmapPack> BeatmapPacks { get => field ?? []; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
