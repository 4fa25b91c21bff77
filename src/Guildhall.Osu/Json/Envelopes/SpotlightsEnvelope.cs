using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"spotlights": [...]}</c> wrapper the API puts around a list of Spotlight.</summary>
[JsonConverter(typeof(WireModelConverter<SpotlightsEnvelope>))]
internal sealed partial record SpotlightsEnvelope
{
    public IReadOnlyList<Spotlight> Spotlights { get => field ?? []; init; }
}
