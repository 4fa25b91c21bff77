using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.TopGg.Models;

/// <summary>A user's current vote for the project (<c>GET /v1/projects/@me/votes/{user_id}</c>).</summary>
[JsonConverter(typeof(WireModelConverter<TopGgUserVote>))]
public sealed partial record TopGgUserVote
{
    /// <summary>When the vote was cast.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the user may vote again.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>How many votes this vote counts for.</summary>
    [JsonPropertyName("weight")]
    public int Weight { get; init; }
}
