using Guildhall.Core.RateLimiting;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// An <see cref="IRateLimitStore"/> in Redis, so every process and machine that uses the same token shares one budget
/// and one block, as the API counts them. Each operation is one Lua script, so it is atomic however many processes
/// race. Bucket state expires by itself once its window has passed.
/// </summary>
/// <remarks>
/// Time comes from the caller's <see cref="TimeProvider"/>, as with the in-memory store, so the processes sharing a
/// store need clocks kept in sync (NTP); a skew of a few milliseconds only shifts window edges by as much.
/// </remarks>
public sealed class RedisRateLimitStore : IRateLimitStore
{
    private readonly IDatabase _database;
    private readonly string _prefix;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a store.</summary>
    /// <param name="connection">A connection to Redis, shared with the rest of the application.</param>
    /// <param name="keyPrefix">Prepended to every key, to keep Guildhall's keys apart. Default <c>guildhall:rl:</c>.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means the system clock.</param>
    public RedisRateLimitStore(IConnectionMultiplexer connection, string keyPrefix = "guildhall:rl:", TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _database = connection.GetDatabase();
        _prefix = keyPrefix;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        cancellationToken.ThrowIfCancellationRequested();
        var now = NowMs();
        var keys = rules.SelectMany(rule => KeysOf(rule.Key)).ToArray();
        var args = new List<RedisValue> { now, Guid.NewGuid().ToString("N") };
        foreach (var rule in rules)
        {
            args.Add(rule.Limit);
            args.Add((long)rule.Window.TotalMilliseconds);
        }

        var result = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Acquire, keys, [.. args]).ConfigureAwait(false))!;
        if ((long)result[0] == 1)
        {
            return RateLimitDecision.Granted;
        }

        var blockedUntil = (long)result[2];
        return RateLimitDecision.Refused(
            TimeSpan.FromMilliseconds((long)result[1]),
            blockedUntil > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(blockedUntil) : null);
    }

    /// <inheritdoc />
    public async ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        await _database.ScriptEvaluateAsync(RedisScripts.Block, [BlockKey(key)], [until.ToUnixTimeMilliseconds(), NowMs()]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask UpdateFromServerAsync(string key, RateLimitServerState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        await _database.ScriptEvaluateAsync(RedisScripts.Server, [ServerKey(key)], [state.Remaining, state.ResetAt.ToUnixTimeMilliseconds(), NowMs()]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        cancellationToken.ThrowIfCancellationRequested();
        var now = NowMs();
        var result = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Snapshot, KeysOf(rule.Key), [now, rule.Limit, (long)rule.Window.TotalMilliseconds]).ConfigureAwait(false))!;
        var nextSlot = (long)result[1];
        var blocked = (long)result[2];
        return new RateLimitSnapshot(
            rule.Key,
            rule.Limit,
            (int)(long)result[0],
            nextSlot > now ? DateTimeOffset.FromUnixTimeMilliseconds(nextSlot) : null,
            blocked > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(blocked) : null);
    }

    private long NowMs() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private RedisKey[] KeysOf(string key) => [LogKey(key), BlockKey(key), ServerKey(key)];

    // One hash tag per bucket keeps a bucket's three keys in one slot on Redis Cluster.
    private RedisKey LogKey(string key) => $"{_prefix}{{{key}}}:log";

    private RedisKey BlockKey(string key) => $"{_prefix}{{{key}}}:block";

    private RedisKey ServerKey(string key) => $"{_prefix}{{{key}}}:server";
}
