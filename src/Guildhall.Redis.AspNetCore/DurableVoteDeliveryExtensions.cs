using Guildhall.TopGg.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Guildhall.Redis.AspNetCore;

/// <summary>Makes the Top.gg webhook receivers' vote delivery durable through the Redis Stream of <c>AddGuildhallRedis</c>.</summary>
public static class DurableVoteDeliveryExtensions
{
    /// <summary>
    /// Every <c>MapTopGgWebhooks</c> endpoint without a handler of its own appends each vote to the vote stream
    /// (<see cref="RedisVoteStreamWriter"/>) and answers 2xx only once Redis has it, 500 otherwise. Such endpoints run
    /// inline, and an append is cut off before the endpoint's reply deadline, which must be longer than the stream's
    /// <see cref="RedisVoteStreamOptions.Outage"/> <see cref="RedisOutageOptions.FailClosedWait"/> (the endpoint options
    /// are refused otherwise). A hosted <see cref="RedisVoteStreamConsumer"/> in this process hands each vote to the
    /// registered <see cref="ITopGgWebhookHandler"/>, acknowledging it once the handler returns (a vote whose handler throws
    /// is delivered again, and dead-lettered after <see cref="RedisVoteStreamOptions.MaxDeliveries"/>). Other events (tests,
    /// integrations) still go to the handler at once. The stream's settings are those given to <c>AddGuildhallRedis</c>,
    /// which must also be called (before or after this).
    /// </summary>
    /// <param name="builder">The webhook services from <c>AddTopGgWebhooks</c>.</param>
    /// <returns>The builder.</returns>
    /// <example>
    /// <code>
    /// services.AddGuildhallRedis(configuration["Redis"]!);
    /// services.AddTopGgWebhooks(options => options.Authorization = configuration["TopGg:WebhookAuth"])
    ///     .AddHandler&lt;VoteRewarder&gt;()
    ///     .AddDurableVoteDelivery();
    /// </code>
    /// </example>
    public static TopGgWebhooksBuilder AddDurableVoteDelivery(this TopGgWebhooksBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(DurableVoteConsumerService)))
        {
            return builder;
        }

        // An endpoint given a handler of its own keeps it; the others append votes before they answer.
        services.AddOptions<TopGgWebhookEndpointOptions>().PostConfigure<IServiceProvider>((endpoint, provider) =>
        {
            var stream = StreamOptions(provider);
            DurableVoteRoute.Apply(endpoint, provider.GetRequiredService<RedisVoteStreamWriter>(), provider.GetRequiredService<IServiceScopeFactory>(), stream.Outage);
        });
        services.AddSingleton(provider => new DurableVoteConsumerService(
            provider.GetRequiredService<IConnectionMultiplexer>(), provider.GetRequiredService<IServiceScopeFactory>(), StreamOptions(provider)));
        services.AddHostedService(provider => provider.GetRequiredService<DurableVoteConsumerService>());
        return builder;
    }

    /// <summary>The stream's settings from <c>AddGuildhallRedis</c>, or a clear error naming the missing call.</summary>
    private static RedisVoteStreamOptions StreamOptions(IServiceProvider provider) =>
        provider.GetService<RedisVoteStreamOptions>() ?? throw new InvalidOperationException(
            "Durable vote delivery needs the vote stream in Redis: call services.AddGuildhallRedis(configuration) too.");
}
