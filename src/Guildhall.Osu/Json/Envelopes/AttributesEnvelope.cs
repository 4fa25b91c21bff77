using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"attributes": {...}}</c> wrapper of beatmap difficulty attributes.</summary>
[JsonConverter(typeof(WireModelConverter<AttributesEnvelope>))]
internal sealed partial record AttributesEnvelope
{
    public BeatmapDifficultyAttributes? Attributes { get; init; }
}
