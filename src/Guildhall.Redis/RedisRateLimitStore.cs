using System.Globalization;
using Guildhall.Core.RateLimiting;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// An <see cref="IRateLimitStore"/> in Redis, so every process and machine that uses the same token shares one budget
/// and one block, as the API counts them. Each operation is one Lua script, so it is atomic however many processes
/// race, and time is Redis's own (<c>TIME</c>) unless <see cref="RedisRateLimitStoreOptions.UseRedisTime"/> is off. A slot whose process dies mid-request frees a window after its in-flight bound; keys expire by themselves
/// once nothing in them counts any more. Works with standalone Redis, Sentinel and Redis Cluster: all the keys of one
/// acquisition must share a hash tag (<see cref="RateLimitPartition.BucketKey"/> puts the credential's partition in
/// braces for that), so they live in one hash slot. Requires Redis 5 or later.
/// </summary>
public sealed class RedisRateLimitStore : IRateLimitStore
{
    private readonly IDatabase _database;
    private readonly string _prefix;
    private readonly TimeProvider _callerClock;
    private readonly bool _serverTime;

    /// <summary>Creates a store.</summary>
    /// <param name="connection">A connection to Redis, shared with the rest of the application.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (Redis's clock, the system clock for absolute times, prefix <c>guildhall:rl:</c>).</param>
    public RedisRateLimitStore(IConnectionMultiplexer connection, RedisRateLimitStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisRateLimitStoreOptions();
        options.Validate();
        _database = connection.GetDatabase();
        _prefix = options.KeyPrefix;
        _serverTime = options.UseRedisTime;
        _callerClock = options.TimeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The rules do not share one hash tag.</exception>
    public async ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default)
    {
        RateLimitArguments.CheckAcquire(rules, maxInFlight);
        var roots = rules.Select(rule => BucketRoot(rule.Key)).ToArray();
        RedisHashTag.EnsureOneSlot(roots, nameof(rules));
        cancellationToken.ThrowIfCancellationRequested();

        var keys = roots.SelectMany(root => new RedisKey[] { root + ":slots", root + ":block", root + ":server" }).ToArray();
        var args = Clock();
        args.Add(Guid.NewGuid().ToString("N"));
        args.Add(Milliseconds(maxInFlight));
        foreach (var rule in rules)
        {
            args.Add(rule.Limit);
            args.Add(Milliseconds(rule.ReleaseDelay));
            args.Add(rule.Cost);
        }

        var result = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Acquire, keys, [.. args]).ConfigureAwait(false))!;
        if ((long)result[0] == 1)
        {
            return RateLimitDecision.Granted(new RateLimitLease((string)result[1]!, rules));
        }

        return RateLimitDecision.Refused(TimeSpan.FromMilliseconds((long)result[1]), At((long)result[2])) with { RestsOnServerCount = (long)result[3] == 1 };
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(RateLimitLease lease, RateLimitServerState? serverState = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = lease.Rules.SelectMany(rule => new RedisKey[] { BucketRoot(rule.Key) + ":slots", BucketRoot(rule.Key) + ":server" }).ToArray();
        var args = Clock();
        args.Add(lease.Id);
        args.Add(serverState is null ? 0 : 1);
        args.Add(serverState?.Remaining ?? 0);
        args.Add(serverState?.ResetAt.ToUnixTimeMilliseconds() ?? 0);
        args.AddRange(lease.Rules.SelectMany(rule => new RedisValue[] { Milliseconds(rule.ReleaseDelay), rule.Cost }));
        await _database.ScriptEvaluateAsync(RedisScripts.Complete, keys, [.. args]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var args = Clock();
        args.Add(until.ToUnixTimeMilliseconds());
        await _database.ScriptEvaluateAsync(RedisScripts.Block, [BucketRoot(key) + ":block"], [.. args]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        cancellationToken.ThrowIfCancellationRequested();
        var root = BucketRoot(rule.Key);
        var args = Clock();
        args.Add(rule.Limit);
        args.Add(Milliseconds(rule.ReleaseDelay));
        args.Add(rule.Cost);
        var result = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Snapshot, [root + ":slots", root + ":block", root + ":server"], [.. args]).ConfigureAwait(false))!;
        return new RateLimitSnapshot(rule.Key, rule.Limit, (int)(long)result[0], At((long)result[1]), At((long)result[2]));
    }

    private static long Milliseconds(TimeSpan span) => (long)Math.Ceiling(span.TotalMilliseconds);

    private static DateTimeOffset? At(long unixMilliseconds) => unixMilliseconds > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds) : null;

    /// <summary>The arguments every script opens with: the caller's clock in microseconds, and which clock to keep.</summary>
    private List<RedisValue> Clock() =>
        [(_callerClock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond, _serverTime ? 1 : 0];

    /// <summary>
    /// The common start of a bucket's keys. A key that carries a hash tag (<see cref="RateLimitPartition.BucketKey"/>)
    /// keeps it; any other key becomes its own tag, so a bucket's three keys always share a slot.
    /// </summary>
    private string BucketRoot(string key) =>
        RedisHashTag.Of(key) is null ? string.Create(CultureInfo.InvariantCulture, $"{_prefix}{{{key}}}") : _prefix + key;
}
