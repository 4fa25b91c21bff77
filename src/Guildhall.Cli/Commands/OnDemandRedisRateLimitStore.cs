using Guildhall.Core.RateLimiting;
using Guildhall.Redis;
using StackExchange.Redis;

namespace Guildhall.Cli.Commands;

/// <summary>
/// A <see cref="RedisRateLimitStore"/> that connects on first use, so a command only connects when it calls a
/// rate-limited API, and an unreachable server is reported as a plain error of the command.
/// </summary>
internal sealed class OnDemandRedisRateLimitStore(string configuration) : IRateLimitStore
{
    private readonly Lazy<Task<RedisRateLimitStore>> _store = new(() => ConnectAsync(configuration));

    public async ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default) =>
        await (await _store.Value.ConfigureAwait(false)).TryAcquireAsync(rules, maxInFlight, cancellationToken).ConfigureAwait(false);

    public async ValueTask CompleteAsync(RateLimitLease lease, RateLimitServerState? serverState = null, CancellationToken cancellationToken = default) =>
        await (await _store.Value.ConfigureAwait(false)).CompleteAsync(lease, serverState, cancellationToken).ConfigureAwait(false);

    public async ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        await (await _store.Value.ConfigureAwait(false)).BlockAsync(key, until, cancellationToken).ConfigureAwait(false);

    public async ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default) =>
        await (await _store.Value.ConfigureAwait(false)).GetSnapshotAsync(rule, cancellationToken).ConfigureAwait(false);

    private static async Task<RedisRateLimitStore> ConnectAsync(string configuration)
    {
        try
        {
            return new RedisRateLimitStore(await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false));
        }
        catch (RedisConnectionException exception)
        {
            // The configuration may hold a password: the message names the option, not its value.
            throw new InvalidOperationException($"Could not connect to the Redis server given by --redis ({exception.Message})", exception);
        }
    }
}
