using System.Text.Json.Serialization;

namespace Guildhall.Cli.Output;

/// <summary>What <c>guildhall topgg autopost</c> posted through the autoposter (one per post).</summary>
/// <param name="BotId">The bot the token belongs to.</param>
/// <param name="ServerCount">The server count sent (the sum of the shards' counts with <c>--shards</c>).</param>
/// <param name="ShardId">The shard the count is for, if one was named.</param>
/// <param name="ShardCount">The number of shards sent, if any.</param>
/// <param name="PostedAt">When the post succeeded.</param>
internal sealed record AutopostAnswer(
    [property: JsonPropertyName("bot_id")] string BotId,
    [property: JsonPropertyName("server_count")] long ServerCount,
    [property: JsonPropertyName("shard_id")] int? ShardId,
    [property: JsonPropertyName("shard_count")] int? ShardCount,
    [property: JsonPropertyName("posted_at")] DateTimeOffset PostedAt);
