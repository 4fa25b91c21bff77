using System.Text.Json.Serialization;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The body of <c>POST /beatmaps/{id}/attributes</c>: mods as lazer objects, the ruleset by name.</summary>
internal sealed record AttributesRequestBody
{
    [JsonConverter(typeof(ModListConverter))]
    public IReadOnlyList<GameMod> Mods { get => field ?? []; init; }

    public string? Ruleset { get; init; }
}
