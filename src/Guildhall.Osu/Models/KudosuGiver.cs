using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Who gave kudosu.</summary>
[JsonConverter(typeof(WireModelConverter<KudosuGiver>))]
public sealed partial record KudosuGiver
{
    /// <summary>The giver's profile.</summary>
    public string Url { get => field ?? ""; init; }

    /// <summary>The giver's username.</summary>
    public string Username { get => field ?? ""; init; }
}
