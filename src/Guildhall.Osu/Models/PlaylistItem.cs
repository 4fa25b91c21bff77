using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Models;

/// <summary>One item (a beatmap with its mods) of a room's playlist.</summary>
[JsonConverter(typeof(WireModelConverter<PlaylistItem>))]
public sealed partial record PlaylistItem
{
    /// <summary>The item id.</summary>
    public long Id { get; init; }

    /// <summary>The room.</summary>
    public long RoomId { get; init; }

    /// <summary>The beatmap.</summary>
    public long BeatmapId { get; init; }

    /// <summary>The ruleset.</summary>
    public int RulesetId { get; init; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Mods players may choose.</summary>
    [JsonConverter(typeof(ModListConverter))]
    public IReadOnlyList<GameMod> AllowedMods { get => field ?? []; init; }

    /// <summary>Mods everyone plays with.</summary>
    [JsonConverter(typeof(ModListConverter))]
    public IReadOnlyList<GameMod> RequiredMods { get => field ?? []; init; }

    /// <summary>Whether players choose their own difficulty and ruleset.</summary>
    public bool Freestyle { get; init; }

    /// <summary>Whether it was played and may not be played again.</summary>
    public bool Expired { get; init; }

    /// <summary>Who added it.</summary>
    public long OwnerId { get; init; }

    /// <summary>Its place in the queue, if ordered.</summary>
    public int? PlaylistOrder { get; init; }

    /// <summary>When it was played, if it was.</summary>
    public DateTimeOffset? PlayedAt { get; init; }

    /// <summary>The beatmap, where included.</summary>
    public Beatmap? Beatmap { get; init; }
}
