using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>{"users": [...]}</c> wrapper the API puts around a list of User.</summary>
[JsonConverter(typeof(WireModelConverter<UsersEnvelope>))]
internal sealed partial record UsersEnvelope
{
    public IReadOnlyList<User> Users { get => field ?? []; init; }
}
