using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"beatmaps": [...]}</c> wrapper the API puts around a list of Beatmap.</summary>
internal sealed record BeatmapsEnvelope
{
    public IReadOnlyList<Beatmap> Beatmaps { get => field ?? []; init; }
}
