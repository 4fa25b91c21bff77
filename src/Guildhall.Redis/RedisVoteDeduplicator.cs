using Guildhall.TopGg.Webhooks;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// An <see cref="IVoteDeduplicator"/> shared by every receiver process through Redis: a claim is one <c>SET NX</c> whose
/// time to live is the window, so behind a load balancer a delivery Top.gg retries to another instance is still handled
/// once, and keys vanish by themselves after the window. Keys are the deliveries' deduplication keys (a vote id or a
/// digest of the body), never a secret.
/// </summary>
public sealed class RedisVoteDeduplicator : IVoteDeduplicator
{
    private readonly IDatabase _database;
    private readonly string _prefix;
    private readonly TimeSpan _window;

    /// <summary>Creates a deduplicator.</summary>
    /// <param name="connection">A connection to the Redis server every receiver shares.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (one hour, prefix <c>guildhall:votes:</c>).</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public RedisVoteDeduplicator(IConnectionMultiplexer connection, RedisVoteDeduplicatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisVoteDeduplicatorOptions();
        options.Validate();
        _database = connection.GetDatabase();
        _prefix = options.KeyPrefix;
        _window = options.Window;
    }

    /// <summary>How long a key is remembered.</summary>
    public TimeSpan Window => _window;

    /// <inheritdoc />
    public async ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        return await _database.StringSetAsync(_prefix + key, 1, _window, When.NotExists).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        await _database.KeyDeleteAsync(_prefix + key).ConfigureAwait(false);
    }
}
