using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Tatsu.Models;

/// <summary>One page of a guild's leaderboard (<c>GET /guilds/{guild_id}/rankings/{timeframe}?offset=N</c>): at most 100 rows.</summary>
[JsonConverter(typeof(WireModelConverter<TatsuGuildRankings>))]
public sealed partial record TatsuGuildRankings : IKeepsRawJson
{
    private RawJson? _raw;

    private readonly IReadOnlyList<TatsuRankedMember> _rankings = [];

    /// <summary>The guild's id.</summary>
    [JsonPropertyName("guild_id")]
    [JsonRequired]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong GuildId { get; init; }

    /// <summary>The rows, best rank first; empty past the last member.</summary>
    [JsonPropertyName("rankings")]
    public IReadOnlyList<TatsuRankedMember> Rankings
    {
        get => _rankings;
        init => _rankings = value ?? [];
    }

    /// <summary>The page exactly as the API sent it; undefined on instances not read from the API.</summary>
    [JsonIgnore]
    public JsonElement Raw
    {
        get => _raw?.Element ?? default;
        init => _raw = RawJson.FromElement(value);
    }

    /// <remarks>Each row gets the page's JSON for its own position, so a row's <c>Raw</c> is built from the page's element.</remarks>
    void IKeepsRawJson.KeepRaw(RawJson raw)
    {
        _raw = raw;
        for (var index = 0; index < _rankings.Count; index++)
        {
            ((IKeepsRawJson)_rankings[index]).KeepRaw(raw.ArrayItem("rankings", index));
        }
    }
}
