using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"spotlights": [...]}</c> wrapper the API puts around a list of Spotlight.</summary>
internal sealed record SpotlightsEnvelope
{
    public IReadOnlyList<Spotlight> Spotlights { get => field ?? []; init; }
}
