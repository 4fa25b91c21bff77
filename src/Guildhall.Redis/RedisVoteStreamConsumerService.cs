using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// The consumer <see cref="GuildhallRedisOptions.DurableVoteDelivery"/> runs in every process of the bot: it hands the
/// stream's votes to the application's handler until the host stops (a vote being handled then stays pending, and
/// another consumer claims it).
/// </summary>
internal sealed class RedisVoteStreamConsumerService(IConnectionMultiplexer connection, IServiceScopeFactory scopes, RedisVoteStreamOptions options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var consumer = new RedisVoteStreamConsumer(connection, (vote, cancellationToken) => DurableVoteRoute.HandleAsync(scopes, vote, cancellationToken), options);
        try
        {
            await consumer.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
