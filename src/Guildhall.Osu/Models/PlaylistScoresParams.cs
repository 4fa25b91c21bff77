using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How a page of playlist scores was read.</summary>
[JsonConverter(typeof(WireModelConverter<PlaylistScoresParams>))]
public sealed partial record PlaylistScoresParams
{
    /// <summary>Scores per page.</summary>
    public int Limit { get; init; }

    /// <summary><c>score_desc</c> or <c>score_asc</c>.</summary>
    public string Sort { get => field ?? ""; init; }
}
