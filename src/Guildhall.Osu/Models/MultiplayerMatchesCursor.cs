using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The deprecated cursor object of the match listing.</summary>
[JsonConverter(typeof(WireModelConverter<MultiplayerMatchesCursor>))]
public sealed partial record MultiplayerMatchesCursor
{
    /// <summary>The match the next page continues after.</summary>
    public long? MatchId { get; init; }
}
