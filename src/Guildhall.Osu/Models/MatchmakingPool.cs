using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A matchmaking pool.</summary>
[JsonConverter(typeof(WireModelConverter<MatchmakingPool>))]
public sealed partial record MatchmakingPool
{
    /// <summary>The pool id.</summary>
    public long Id { get; init; }

    /// <summary>The pool's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>Whether the pool is open.</summary>
    public bool Active { get; init; }

    /// <summary>The ruleset id (0 to 3); see <see cref="GameModes.FromRulesetId"/>.</summary>
    public int RulesetId { get; init; }

    /// <summary>The pool's kind, as the API names it.</summary>
    public string? Type { get; init; }

    /// <summary>The ruleset variant (osu!mania key count), 0 when none.</summary>
    public int VariantId { get; init; }
}
