using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Models;

/// <summary>One game (a beatmap played) of a match, with its scores.</summary>
[JsonConverter(typeof(WireModelConverter<MatchGame>))]
public sealed partial record MatchGame
{
    /// <summary>The game id.</summary>
    public long Id { get; init; }

    /// <summary>The beatmap.</summary>
    public long BeatmapId { get; init; }

    /// <summary>The match.</summary>
    public long? MatchId { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartTime { get; init; }

    /// <summary>When it ended; <see langword="null"/> while it is played.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The mode.</summary>
    public GameMode? Mode { get; init; }

    /// <summary>The mode's ruleset id.</summary>
    public int? ModeInt { get; init; }

    /// <summary>How it was scored: <c>score</c>, <c>accuracy</c>, <c>combo</c>, <c>scorev2</c>.</summary>
    public string ScoringType { get => field ?? ""; init; }

    /// <summary>The team mode: <c>head-to-head</c>, <c>tag-coop</c>, <c>team-vs</c>, <c>tag-team-vs</c>.</summary>
    public string TeamType { get => field ?? ""; init; }

    /// <summary>The mods everyone played with.</summary>
    [JsonConverter(typeof(ModListConverter))]
    public IReadOnlyList<GameMod> Mods { get => field ?? []; init; }

    /// <summary>The beatmap, where included.</summary>
    public Beatmap? Beatmap { get; init; }

    /// <summary>The players' scores (each with its <see cref="Score.Match"/> slot and team).</summary>
    public IReadOnlyList<Score> Scores { get => field ?? []; init; }
}
