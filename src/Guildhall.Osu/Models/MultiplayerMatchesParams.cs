using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The filters a page of matches was read with.</summary>
[JsonConverter(typeof(WireModelConverter<MultiplayerMatchesParams>))]
public sealed partial record MultiplayerMatchesParams
{
    /// <summary>Matches per page.</summary>
    public int Limit { get; init; }

    /// <summary><c>id_desc</c> or <c>id_asc</c>.</summary>
    public string Sort { get => field ?? ""; init; }

    /// <summary>Whether only open (true) or closed (false) matches were asked for; <see langword="null"/> for both.</summary>
    public bool? Active { get; init; }
}
