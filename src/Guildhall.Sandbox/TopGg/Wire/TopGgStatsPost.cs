

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// The body of <c>POST /bots/stats</c> applied to a bot's current stats:
/// <list type="bullet">
/// <item><c>server_count</c> as a number sets the total; as an array it acts like <c>shards</c>.</item>
/// <item><c>shard_id</c> (0 is a valid shard) makes <c>server_count</c> the count of that one shard, so clusters that
/// post their own shards add up instead of overwriting each other.</item>
/// <item><c>shards</c> and <c>shard_count</c> set the per-shard list and the shard count.</item>
/// </list>
/// The docs call <c>server_count</c> required; a body with only <c>shards</c> is accepted too, as old clients send it.
/// </summary>
internal static class TopGgStatsPost
{
    public static (TopGgBotStats? Stats, string? Error) Apply(TopGgBotStats current, JsonNode? body)
    {
        if (body is not JsonObject post)
        {
            return (null, "The body must be a JSON object");
        }

        var serverCountNode = post["server_count"];
        long? serverCount = null;
        List<long>? shards = null;
        if (serverCountNode is JsonArray)
        {
            if (!TopGgJsonNumbers.TryCounts(serverCountNode, out var perShard))
            {
                return (null, "server_count must be a non-negative integer or an array of them");
            }

            shards = perShard;
        }
        else if (serverCountNode is not null)
        {
            if (!TopGgJsonNumbers.TryCount(serverCountNode, out var total))
            {
                return (null, "server_count must be a non-negative integer or an array of them");
            }

            serverCount = total;
        }

        if (post["shards"] is { } shardsNode && shards is null)
        {
            if (!TopGgJsonNumbers.TryCounts(shardsNode, out var listed))
            {
                return (null, "shards must be an array of non-negative integers");
            }

            shards = listed;
        }

        if (serverCount is null && shards is null)
        {
            return (null, "server_count is required");
        }

        long? shardCount = null;
        if (post["shard_count"] is { } shardCountNode)
        {
            if (!TopGgJsonNumbers.TryCount(shardCountNode, out var count))
            {
                return (null, "shard_count must be a non-negative integer");
            }

            shardCount = count;
        }

        if (post["shard_id"] is { } shardIdNode)
        {
            if (!TopGgJsonNumbers.TryCount(shardIdNode, out var shardId) || serverCount is null)
            {
                return (null, "shard_id must be a non-negative integer and comes with a numeric server_count");
            }

            return ApplyShard(current, (int)Math.Min(shardId, int.MaxValue), serverCount.Value, shardCount);
        }

        return (new TopGgBotStats(serverCount ?? shards!.Sum(), shards ?? [], shardCount ?? (shards is { Count: > 0 } ? shards.Count : null)), null);
    }

    private static (TopGgBotStats? Stats, string? Error) ApplyShard(TopGgBotStats current, int shardId, long servers, long? shardCount)
    {
        if (shardCount is { } declared && shardId >= declared)
        {
            return (null, "shard_id must be lower than shard_count");
        }

        if (shardId >= 100_000)
        {
            return (null, "shard_id is out of range");
        }

        var shards = current.Shards.ToList();
        var length = (int)Math.Max(shardId + 1, shardCount ?? current.ShardCount ?? 0);
        while (shards.Count < length)
        {
            shards.Add(0);
        }

        shards[shardId] = servers;
        return (new TopGgBotStats(shards.Sum(), shards, shardCount ?? Math.Max(current.ShardCount ?? 0, shards.Count)), null);
    }
}
