using Guildhall.TopGg.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Guildhall.Redis.AspNetCore;

/// <summary>
/// The consumer <see cref="DurableVoteDeliveryExtensions.AddDurableVoteDelivery"/> runs in every process of the bot: it hands the
/// stream's votes to the application's handler until the host stops (a vote being handled then stays pending, and
/// another consumer claims it). A failure other than an outage (which the consumer rides out itself) is logged and the
/// consumer starts again after <see cref="RedisOutageOptions.RetryInterval"/>, rather than stopping the host.
/// </summary>
internal sealed class DurableVoteConsumerService(IConnectionMultiplexer connection, IServiceScopeFactory scopes, RedisVoteStreamOptions options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var consumer = new RedisVoteStreamConsumer(connection, scopes.HandleTopGgWebhookAsync, options);
        var logger = options.LoggerFactory?.CreateLogger(DurableVoteLog.Category) ?? NullLogger.Instance;
        var clock = options.TimeProvider ?? TimeProvider.System;
        while (true)
        {
            try
            {
                await consumer.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // The host is stopping.
            }
#pragma warning disable CA1031 // Whatever failed, votes keep waiting in the stream: stopping the host would not help them.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                DurableVoteLog.ConsumerFailed(logger, exception, options.Outage.RetryInterval);
            }

            try
            {
                await Task.Delay(options.Outage.RetryInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
