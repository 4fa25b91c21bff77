using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.TopGg.Models;

/// <summary>A user who voted for the bot (<c>GET /bots/{id}/votes</c>).</summary>
[JsonConverter(typeof(WireModelConverter<TopGgVoter>))]
public sealed partial record TopGgVoter
{
    /// <summary>The voter's Discord id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong Id { get; init; }

    /// <summary>The voter's Discord username.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>The voter's avatar URL.</summary>
    [JsonPropertyName("avatar")]
    public string? Avatar { get; init; }
}
