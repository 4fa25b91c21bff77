using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Tatsu.Models;

/// <summary>One row of a guild's leaderboard.</summary>
[JsonConverter(typeof(WireModelConverter<TatsuRankedMember>))]
public sealed partial record TatsuRankedMember : IKeepsRawJson
{
    private RawJson? _raw;

    /// <summary>The row's rank, 1 for the highest score.</summary>
    [JsonPropertyName("rank")]
    public long Rank { get; init; }

    /// <summary>The member's user id.</summary>
    [JsonPropertyName("user_id")]
    [JsonRequired]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong UserId { get; init; }

    /// <summary>The member's score within the timeframe asked for.</summary>
    [JsonPropertyName("score")]
    public ulong Score { get; init; }

    /// <summary>The row exactly as the API sent it; undefined on instances not read from the API.</summary>
    [JsonIgnore]
    public JsonElement Raw
    {
        get => _raw?.Element ?? default;
        init => _raw = RawJson.FromElement(value);
    }

    void IKeepsRawJson.KeepRaw(RawJson raw) => _raw = raw;
}
