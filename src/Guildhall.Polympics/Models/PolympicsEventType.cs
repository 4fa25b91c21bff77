using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.Polympics.Models;

/// <summary>The events an app can register a callback for.</summary>
[JsonConverter(typeof(TolerantEnumConverter<PolympicsEventType>))]
public enum PolympicsEventType
{
    /// <summary>An event this version does not know.</summary>
    Unknown = 0,

    /// <summary><c>account_team_update</c>: an account's team was set through <c>PATCH /account/{id}</c>.</summary>
    [JsonStringEnumMemberName("account_team_update")]
    AccountTeamUpdate = 1,
}
