using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"scores": [...]}</c> wrapper the API puts around a list of Score.</summary>
[JsonConverter(typeof(WireModelConverter<ScoresEnvelope>))]
internal sealed partial record ScoresEnvelope
{
    public IReadOnlyList<Score> Scores { get => field ?? []; init; }
}
