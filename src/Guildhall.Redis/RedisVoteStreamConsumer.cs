using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// Durable vote delivery, the handling side: one consumer of the stream's consumer group, run in each bot process that
/// handles votes. It reads new votes (<c>XREADGROUP</c>), runs the handler and acknowledges each vote only after the
/// handler finished (<c>XACK</c>). A vote whose handler threw stays pending and is delivered again; a vote a consumer left
/// unacknowledged for <see cref="RedisVoteStreamOptions.ClaimIdleTime"/> (its process died mid-vote) is claimed by another
/// (<c>XAUTOCLAIM</c>); after <see cref="RedisVoteStreamOptions.MaxDeliveries"/> deliveries a vote moves to the dead-letter
/// stream. Every vote reaches a handler until one finishes it; a process that dies after its handler finished and before
/// the acknowledgement reaches Redis has that vote handled again, so handlers should tolerate a repeat of a vote id.
/// </summary>
public sealed class RedisVoteStreamConsumer
{
    private const string FirstEntry = "0-0";

    private readonly IDatabase _database;
    private readonly Func<TopGgVoteEvent, CancellationToken, ValueTask> _handler;
    private readonly RedisVoteStreamOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly RedisOutageGuard _outage;
    private bool _groupReady;

    /// <summary>Creates a consumer.</summary>
    /// <param name="connection">A connection to the Redis server of the stream.</param>
    /// <param name="handler">Handles one vote; a vote is acknowledged once it returns, delivered again when it throws.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public RedisVoteStreamConsumer(IConnectionMultiplexer connection, Func<TopGgVoteEvent, CancellationToken, ValueTask> handler, RedisVoteStreamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(handler);
        _options = options ?? new RedisVoteStreamOptions();
        _options.Validate();
        _database = connection.GetDatabase();
        _handler = handler;
        _clock = _options.TimeProvider ?? TimeProvider.System;
        _logger = _options.LoggerFactory?.CreateLogger(RedisLog.StreamCategory) ?? NullLogger.Instance;
        _outage = new RedisOutageGuard(RedisVoteStreamWriter.Part, _options.Outage);
    }

    /// <summary>
    /// Consumes until <paramref name="cancellationToken"/> is cancelled, waiting <see cref="RedisVoteStreamOptions.PollInterval"/>
    /// whenever there is nothing to do. While Redis cannot be reached it logs the outage's start and end, counts each
    /// retry (<c>guildhall.redis.outage.calls</c>) and tries again every <see cref="RedisOutageOptions.RetryInterval"/> of
    /// <see cref="RedisVoteStreamOptions.Outage"/>, so it resumes by itself once Redis is back; votes stay in the stream
    /// meanwhile. A stream or consumer group that vanished (Redis restarted without persistence) is created again.
    /// </summary>
    /// <param name="cancellationToken">Stops the consumer; a vote being handled then stays pending for another consumer.</param>
    /// <exception cref="RedisException">Redis refused a command for another reason than an outage (for example, the stream's key holds another type).</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var done = 0;
            var reached = await _outage.TryOnceAsync(async () => done = await ConsumeOnceAsync(cancellationToken).ConfigureAwait(false), "consumer_waiting").ConfigureAwait(false);
            var pause = !reached ? _options.Outage.RetryInterval : done == 0 ? _options.PollInterval : TimeSpan.Zero;
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, _clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One pass: claims abandoned votes, then reads new ones, and delivers all of them.</summary>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>How many votes the pass delivered or moved to the dead-letter stream (none when the consumer group had to be created again).</returns>
    public async Task<int> ConsumeOnceAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            // The group went with the stream (a restart without persistence, or the key deleted); an append may have
            // created the stream again without it. The next pass creates the group, from the stream's first entry.
            RedisLog.GroupMissing(_logger, _options.ConsumerGroup);
            _groupReady = false;
            return 0;
        }
    }

    private async Task<int> ConsumeAsync(CancellationToken cancellationToken)
    {
        await EnsureGroupAsync().ConfigureAwait(false);
        var claimed = await _database.StreamAutoClaimAsync(
            _options.StreamKey, _options.ConsumerGroup, _options.ConsumerName, (long)_options.ClaimIdleTime.TotalMilliseconds, FirstEntry, _options.BatchSize).ConfigureAwait(false);
        var done = 0;
        if (claimed.ClaimedEntries.Length > 0)
        {
            RedisLog.Claimed(_logger, claimed.ClaimedEntries.Length);
            RedisTelemetry.VotesClaimed.Add(claimed.ClaimedEntries.Length);
            foreach (var entry in claimed.ClaimedEntries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await DeliverAsync(entry, await DeliveriesOfAsync(entry.Id).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                done++;
            }
        }

        var fresh = await _database.StreamReadGroupAsync(_options.StreamKey, _options.ConsumerGroup, _options.ConsumerName, StreamPosition.NewMessages, _options.BatchSize).ConfigureAwait(false);
        foreach (var entry in fresh)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await DeliverAsync(entry, deliveries: 1, cancellationToken).ConfigureAwait(false);
            done++;
        }

        return done;
    }

    private async Task DeliverAsync(StreamEntry entry, long deliveries, CancellationToken cancellationToken)
    {
        TopGgVoteEvent vote;
        try
        {
            vote = RedisVoteEntry.FromFields(entry.Values);
        }
        catch (FormatException exception)
        {
            RedisLog.Unreadable(_logger, exception, entry.Id!);
            await DeadLetterAsync(entry, deliveries).ConfigureAwait(false);
            return;
        }

        if (deliveries > _options.MaxDeliveries)
        {
            RedisLog.DeadLettered(_logger, entry.Id!, deliveries - 1);
            await DeadLetterAsync(entry, deliveries - 1).ConfigureAwait(false);
            return;
        }

        try
        {
            await _handler(vote, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A user's handler may throw anything; the vote stays pending and comes back.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            RedisLog.HandlerFailed(_logger, exception, entry.Id!, deliveries);
            RedisTelemetry.HandlerFailures.Add(1);
            return;
        }

        await _database.StreamAcknowledgeAsync(_options.StreamKey, _options.ConsumerGroup, entry.Id).ConfigureAwait(false);
        RedisTelemetry.VotesHandled.Add(1);
    }

    /// <summary>How many times the group delivered the entry, this claim included.</summary>
    private async Task<long> DeliveriesOfAsync(RedisValue id)
    {
        var pending = await _database.StreamPendingMessagesAsync(_options.StreamKey, _options.ConsumerGroup, 1, RedisValue.Null, id, id).ConfigureAwait(false);
        return pending.Length == 0 ? 1 : pending[0].DeliveryCount;
    }

    private async Task DeadLetterAsync(StreamEntry entry, long failedDeliveries)
    {
        NameValueEntry[] fields = [.. entry.Values, new("source_id", entry.Id), new("failed_deliveries", failedDeliveries)];
        var transaction = _database.CreateTransaction();
        _ = transaction.StreamAddAsync(_options.DeadLetterStreamKey, fields);
        _ = transaction.StreamAcknowledgeAsync(_options.StreamKey, _options.ConsumerGroup, entry.Id);
        await transaction.ExecuteAsync().ConfigureAwait(false);
        RedisTelemetry.VotesDeadLettered.Add(1);
    }

    private async Task EnsureGroupAsync()
    {
        if (_groupReady)
        {
            return;
        }

        try
        {
            await _database.StreamCreateConsumerGroupAsync(_options.StreamKey, _options.ConsumerGroup, FirstEntry, createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another consumer created the group first.
        }

        _groupReady = true;
    }
}
