using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The team a user plays for.</summary>
[JsonConverter(typeof(WireModelConverter<Team>))]
public sealed partial record Team
{
    /// <summary>The team id.</summary>
    public long Id { get; init; }

    /// <summary>The team name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The short tag.</summary>
    public string ShortName { get => field ?? ""; init; }

    /// <summary>The flag image.</summary>
    public string? FlagUrl { get; init; }
}
