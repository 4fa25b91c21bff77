using System.Text.Json.Serialization;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg.Models;

/// <summary>
/// Statistics to post for the bot (<c>POST /bots/{id}/stats</c>), for a manual post and for the autoposter alike. Set
/// exactly one of <see cref="ServerCount"/>, <see cref="ServerCountPerShard"/> and <see cref="ServerCountByShard"/>;
/// the factories cover the usual cases. Negative numbers are rejected before sending, and a <see cref="ShardId"/> of 0
/// is sent (shards are numbered from 0).
/// </summary>
[JsonConverter(typeof(TopGgStatsUpdateConverter))]
public sealed record TopGgStatsUpdate
{
    /// <summary>The server count (<c>server_count</c> as a number): the whole bot's, or one shard's with <see cref="ShardId"/>.</summary>
    public long? ServerCount { get; init; }

    /// <summary>Per-shard server counts sent as <c>server_count</c> itself (an array, which Top.gg reads like <c>shards</c>).</summary>
    public IReadOnlyList<long>? ServerCountPerShard { get; init; }

    /// <summary>Per-shard server counts (<c>shards</c>; deprecated by Top.gg but accepted).</summary>
    public IReadOnlyList<long>? Shards { get; init; }

    /// <summary>The 0-based shard this post is for (<c>shard_id</c>); <see cref="ServerCount"/> is then that shard's count.</summary>
    public int? ShardId { get; init; }

    /// <summary>The total number of shards (<c>shard_count</c>).</summary>
    public int? ShardCount { get; init; }

    /// <summary>
    /// The server counts of the shards one cluster owns, by 0-based shard id, for a bot split into processes that each
    /// run some of its shards. Such an update is posted as one request per shard, each with its <c>shard_id</c> and
    /// <see cref="ShardCount"/>, so clusters posting their own shards never overwrite each other's counts.
    /// </summary>
    public IReadOnlyDictionary<int, long>? ServerCountByShard { get; init; }

    /// <summary>The whole bot's server count, optionally with its shard count.</summary>
    /// <param name="serverCount">The number of servers the bot is in.</param>
    /// <param name="shardCount">The number of shards, or <see langword="null"/>.</param>
    public static TopGgStatsUpdate ForServerCount(long serverCount, int? shardCount = null) =>
        new() { ServerCount = serverCount, ShardCount = shardCount };

    /// <summary>One shard's server count, for bots whose shards (or clusters) post for themselves.</summary>
    /// <param name="shardId">The 0-based shard id.</param>
    /// <param name="shardCount">The total number of shards.</param>
    /// <param name="serverCount">The number of servers on this shard.</param>
    public static TopGgStatsUpdate ForShard(int shardId, int shardCount, long serverCount) =>
        new() { ShardId = shardId, ShardCount = shardCount, ServerCount = serverCount };

    /// <summary>
    /// Every shard's server count at once, as top.py posts it: <c>server_count</c> is their sum, <c>shards</c> the list
    /// and <c>shard_count</c> its length.
    /// </summary>
    /// <param name="serverCountPerShard">The server count of shard 0, 1, 2, …</param>
    public static TopGgStatsUpdate ForShards(IEnumerable<long> serverCountPerShard)
    {
        ArgumentNullException.ThrowIfNull(serverCountPerShard);
        var shards = serverCountPerShard.ToArray();
        if (shards.Length == 0)
        {
            throw new ArgumentException("Give the server count of at least one shard.", nameof(serverCountPerShard));
        }

        RequireNonNegative(shards, nameof(serverCountPerShard));
        return new() { ServerCount = shards.Sum(), Shards = shards, ShardCount = shards.Length };
    }

    /// <summary>
    /// The shards one cluster owns, posted one by one with <c>shard_id</c> (see <see cref="ServerCountByShard"/>). Unlike
    /// <see cref="ForShards(IEnumerable{long})"/>, which reports every shard of the bot in one request, this reports only
    /// the shards given.
    /// </summary>
    /// <param name="shardCount">The bot's total number of shards, across every cluster.</param>
    /// <param name="serverCountByShard">The server count of each shard this cluster owns, by 0-based shard id.</param>
    /// <exception cref="ArgumentException">No shard is given, a shard id is outside 0 to <paramref name="shardCount"/> − 1, or a count is negative.</exception>
    public static TopGgStatsUpdate ForOwnedShards(int shardCount, IReadOnlyDictionary<int, long> serverCountByShard)
    {
        ArgumentNullException.ThrowIfNull(serverCountByShard);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shardCount);
        var update = new TopGgStatsUpdate { ShardCount = shardCount, ServerCountByShard = new Dictionary<int, long>(serverCountByShard) };
        update.Validate(nameof(serverCountByShard));
        return update;
    }

    /// <summary>The requests this update is sent as: itself, or one per owned shard.</summary>
    internal IReadOnlyList<TopGgStatsUpdate> ToRequests() =>
        ServerCountByShard is { } owned
            ? [.. owned.OrderBy(shard => shard.Key).Select(shard => ForShard(shard.Key, ShardCount!.Value, shard.Value))]
            : [this];

    /// <summary>Rejects what Top.gg would reject or misread, before anything is sent.</summary>
    /// <param name="parameterName">The caller's parameter, for the exception.</param>
    internal void Validate(string parameterName)
    {
        if ((ServerCount is null ? 0 : 1) + (ServerCountPerShard is null ? 0 : 1) + (ServerCountByShard is null ? 0 : 1) != 1)
        {
            throw new ArgumentException("Set exactly one of ServerCount, ServerCountPerShard and ServerCountByShard.", parameterName);
        }

        if (ServerCountByShard is { } owned)
        {
            ValidateOwnedShards(owned, parameterName);
            return;
        }

        if (ServerCount < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, ServerCount, "The server count cannot be negative.");
        }

        if (ServerCountPerShard is { Count: 0 })
        {
            throw new ArgumentException("ServerCountPerShard needs at least one shard.", parameterName);
        }

        RequireNonNegative(ServerCountPerShard, parameterName);
        RequireNonNegative(Shards, parameterName);
        if (ShardId < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, ShardId, "The shard id cannot be negative (shards are numbered from 0).");
        }

        if (ShardCount < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, ShardCount, "The shard count cannot be negative.");
        }

        if (ShardId is { } id && ShardCount is { } count && id >= count)
        {
            throw new ArgumentOutOfRangeException(parameterName, ShardId, $"Shard {id} does not exist among {count} shards (ids run from 0 to {count - 1}).");
        }

        if (ShardId is not null && ServerCount is null)
        {
            throw new ArgumentException("A shard id needs that shard's ServerCount.", parameterName);
        }
    }

    private void ValidateOwnedShards(IReadOnlyDictionary<int, long> owned, string parameterName)
    {
        if (owned.Count == 0)
        {
            throw new ArgumentException("Give the server count of at least one shard.", parameterName);
        }

        if (ShardCount is not { } count || count < 1 || ShardId is not null || Shards is not null)
        {
            throw new ArgumentException("Owned shards need the bot's ShardCount, and no ShardId or Shards of their own.", parameterName);
        }

        foreach (var (shardId, serverCount) in owned)
        {
            if (shardId < 0 || shardId >= count)
            {
                throw new ArgumentException($"Shard {shardId} does not exist among {count} shards (ids run from 0 to {count - 1}).", parameterName);
            }

            if (serverCount < 0)
            {
                throw new ArgumentException($"Shard {shardId} has a negative server count.", parameterName);
            }
        }
    }

    private static void RequireNonNegative(IReadOnlyList<long>? counts, string parameterName)
    {
        if (counts is not null && counts.Any(count => count < 0))
        {
            throw new ArgumentOutOfRangeException(parameterName, "A shard's server count cannot be negative.");
        }
    }
}
