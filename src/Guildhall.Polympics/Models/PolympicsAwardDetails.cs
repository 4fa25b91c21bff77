using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>An award with who holds it and the team it was given for, as <c>GET /award/{id}</c> returns it.</summary>
[JsonConverter(typeof(WireModelConverter<PolympicsAwardDetails>))]
public sealed partial record PolympicsAwardDetails
{
    /// <summary>The award.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    public PolympicsAward Award { get; init; } = null!;

    /// <summary>The accounts that hold the award.</summary>
    public IReadOnlyList<PolympicsAccount> Awardees { get; init => field = value ?? []; } = [];

    /// <summary>The team the award was given for, or <see langword="null"/>.</summary>
    public PolympicsTeam? Team { get; init; }
}
