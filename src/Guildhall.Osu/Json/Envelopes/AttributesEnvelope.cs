using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"attributes": {...}}</c> wrapper of beatmap difficulty attributes.</summary>
internal sealed record AttributesEnvelope
{
    public BeatmapDifficultyAttributes? Attributes { get; init; }
}
