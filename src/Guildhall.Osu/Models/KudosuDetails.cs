using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Details of a kudosu change.</summary>
[JsonConverter(typeof(WireModelConverter<KudosuDetails>))]
public sealed partial record KudosuDetails
{
    /// <summary>The event behind it, for example <c>vote</c>.</summary>
    public string? Event { get; init; }
}
