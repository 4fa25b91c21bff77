using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A country, as attached to users and country rankings.</summary>
[JsonConverter(typeof(WireModelConverter<Country>))]
public sealed partial record Country
{
    /// <summary>The ISO 3166-1 alpha-2 code, for example <c>JP</c>.</summary>
    public string Code { get => field ?? ""; init; }

    /// <summary>The English name.</summary>
    public string Name { get => field ?? ""; init; }
}
