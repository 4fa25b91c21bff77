using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>The body of an <c>account_team_update</c> callback: the account after the change and its new team.</summary>
/// <remarks>
/// The server builds the event before it saves the change, so <see cref="PolympicsTeam.MemberCount"/> of the new team
/// does not count the account yet. It fires for every update that sets a team, even to the same team.
/// </remarks>
[JsonConverter(typeof(WireModelConverter<PolympicsAccountTeamUpdateEvent>))]
public sealed partial record PolympicsAccountTeamUpdateEvent
{
    /// <summary>The account, with its new team.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    public PolympicsAccount Account { get; init; } = null!;

    /// <summary>The new team, or <see langword="null"/> when the account left its team.</summary>
    public PolympicsTeam? Team { get; init; }
}
