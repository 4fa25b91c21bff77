using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Models;

/// <summary>A user who voted for the bot (<c>GET /bots/{id}/votes</c>).</summary>
public sealed record TopGgVoter
{
    /// <summary>The voter's Discord id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong Id { get; init; }

    /// <summary>The voter's Discord username.</summary>
    [JsonPropertyName("username")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Username { get; init; }

    /// <summary>The voter's avatar URL.</summary>
    [JsonPropertyName("avatar")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Avatar { get; init; }
}
