using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"users": [...]}</c> wrapper the API puts around a list of User.</summary>
internal sealed record UsersEnvelope
{
    public IReadOnlyList<User> Users { get => field ?? []; init; }
}
