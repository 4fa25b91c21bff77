using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>A team (<c>Team</c>).</summary>
[JsonConverter(typeof(WireModelConverter<PolympicsTeam>))]
public sealed partial record PolympicsTeam
{
    /// <summary>The team's id.</summary>
    [JsonRequired]
    public int Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>When the team was created (the server sends float Unix seconds).</summary>
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>How many accounts belong to the team.</summary>
    public int MemberCount { get; init; }

    /// <summary>The awards given on behalf of the team.</summary>
    public IReadOnlyList<PolympicsAward> Awards { get; init => field = value ?? []; } = [];
}
