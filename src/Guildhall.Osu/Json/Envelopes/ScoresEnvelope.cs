using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"scores": [...]}</c> wrapper the API puts around a list of Score.</summary>
internal sealed record ScoresEnvelope
{
    public IReadOnlyList<Score> Scores { get => field ?? []; init; }
}
