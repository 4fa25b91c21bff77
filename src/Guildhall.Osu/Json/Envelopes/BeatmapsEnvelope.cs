using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"beatmaps": [...]}</c> wrapper the API puts around a list of Beatmap.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsEnvelope>))]
internal sealed partial record BeatmapsEnvelope
{
    public IReadOnlyList<Beatmap> Beatmaps { get => field ?? []; init; }
}
