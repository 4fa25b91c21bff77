using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg.Models;

/// <summary>One page of <c>GET /bots</c>.</summary>
[JsonConverter(typeof(WireModelConverter<TopGgBotSearchResult>))]
public sealed partial record TopGgBotSearchResult
{
    /// <summary>The bots on this page.</summary>
    [JsonPropertyName("results")]
    [JsonConverter(typeof(NullAsEmptyListConverter<TopGgBot>))]
    public IReadOnlyList<TopGgBot> Results { get; init => field = value ?? []; } = [];

    /// <summary>The page size asked for.</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    /// <summary>How many matches were skipped.</summary>
    [JsonPropertyName("offset")]
    public int Offset { get; init; }

    /// <summary>How many bots this page holds.</summary>
    [JsonPropertyName("count")]
    public int Count { get; init; }

    /// <summary>How many bots match in all.</summary>
    [JsonPropertyName("total")]
    public long Total { get; init; }
}
