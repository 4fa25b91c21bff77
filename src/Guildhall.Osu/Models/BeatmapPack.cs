using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A beatmap pack; the listing leaves out <see cref="Beatmapsets"/> and <see cref="UserCompletionData"/>.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapPack>))]
public sealed partial record BeatmapPack
{
    /// <summary>The tag that names it, for example <c>S1828</c>.</summary>
    public string Tag { get => field ?? ""; init; }

    /// <summary>The name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>Who made it.</summary>
    public string Author { get => field ?? ""; init; }

    /// <summary>When it was released.</summary>
    public DateTimeOffset Date { get; init; }

    /// <summary>Whether difficulty reduction mods do not count towards completing it.</summary>
    public bool NoDiffReduction { get; init; }

    /// <summary>The ruleset it is for, if only one.</summary>
    public int? RulesetId { get; init; }

    /// <summary>The download.</summary>
    public string Url { get => field ?? ""; init; }

    /// <summary>Its beatmapsets (single packs).</summary>
    public IReadOnlyList<Beatmapset> Beatmapsets { get => field ?? []; init; }

    /// <summary>How far the token's owner completed it (user tokens).</summary>
    public BeatmapPackCompletion? UserCompletionData { get; init; }
}
