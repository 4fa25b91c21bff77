using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg.Models;

/// <summary>A bot's posted statistics (<c>GET /bots/{id}/stats</c>), for example <c>{"server_count":2,"shards":[],"shard_count":null}</c>.</summary>
[JsonConverter(typeof(WireModelConverter<TopGgBotStats>))]
public sealed partial record TopGgBotStats
{
    /// <summary>The server count, or <see langword="null"/> when none was ever posted.</summary>
    [JsonPropertyName("server_count")]
    public long? ServerCount { get; init; }

    /// <summary>Per-shard server counts; empty when none were posted.</summary>
    [JsonPropertyName("shards")]
    [JsonConverter(typeof(NullAsEmptyListConverter<long>))]
    public IReadOnlyList<long> Shards { get; init => field = value ?? []; } = [];

    /// <summary>The shard count, or <see langword="null"/>.</summary>
    [JsonPropertyName("shard_count")]
    public int? ShardCount { get; init; }
}
