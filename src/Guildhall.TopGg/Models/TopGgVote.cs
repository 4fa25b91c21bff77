using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.TopGg.Models;

/// <summary>One vote for the project (<c>GET /v1/projects/@me/votes</c>).</summary>
[JsonConverter(typeof(WireModelConverter<TopGgVote>))]
public sealed partial record TopGgVote
{
    /// <summary>The voter's Top.gg id (<c>user_id</c>).</summary>
    [JsonPropertyName("user_id")]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong UserId { get; init; }

    /// <summary>The voter's id on the project's platform, their Discord id (<c>platform_id</c>).</summary>
    [JsonPropertyName("platform_id")]
    [JsonConverter(typeof(NullableSnowflakeConverter))]
    public ulong? PlatformId { get; init; }

    /// <summary>How many votes this vote counts for (2 on weekends, for example).</summary>
    [JsonPropertyName("weight")]
    public int Weight { get; init; }

    /// <summary>When the vote was cast.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the user may vote again.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset ExpiresAt { get; init; }
}
