using System.Globalization;
using System.Text.Json.Serialization;
using Guildhall.Polympics.Json;

namespace Guildhall.Polympics.Models;

/// <summary>
/// A new team for an account: <see cref="To"/> a team, or <see cref="NoTeam"/> (sent as <c>0</c>). Leave
/// <see cref="PolympicsAccountUpdate.Team"/> null to keep the current team.
/// </summary>
[JsonConverter(typeof(PolympicsTeamChangeConverter))]
public sealed class PolympicsTeamChange
{
    private PolympicsTeamChange(int teamId) => TeamId = teamId;

    /// <summary>Removes the account from its team.</summary>
    public static PolympicsTeamChange NoTeam { get; } = new(0);

    /// <summary>The team id sent to the server; 0 means no team.</summary>
    public int TeamId { get; }

    /// <summary>Moves the account to a team.</summary>
    /// <param name="teamId">The team's id (1 or more).</param>
    public static PolympicsTeamChange To(int teamId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(teamId);
        return new(teamId);
    }

    /// <summary>Describes the change.</summary>
    public override string ToString() => TeamId == 0 ? "no team" : "team " + TeamId.ToString(CultureInfo.InvariantCulture);
}
