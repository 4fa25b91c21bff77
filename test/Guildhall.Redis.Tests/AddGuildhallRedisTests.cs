using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing.Redis;
using Guildhall.TopGg;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>The one call that puts a bot's shared state in Redis, in either order with the clients' registrations.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class AddGuildhallRedisTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_shared_part_is_the_redis_one(bool redisFirst)
    {
        var services = new ServiceCollection();
        if (redisFirst)
        {
            services.AddGuildhallRedis(redis.Endpoint);
        }

        services.AddOsuClient(options => { options.ClientId = OsuSandboxCredentials.ClientId; options.ClientSecret = OsuSandboxCredentials.ClientSecret; });
        services.AddTopGgClient(options => options.Token = TopGgSandboxCredentials.Token);
        services.AddTopGgWebhooks();
        if (!redisFirst)
        {
            services.AddGuildhallRedis(redis.Endpoint);
        }

        await using var provider = services.BuildServiceProvider();

        Assert.IsType<RedisOsuTokenRepository>(provider.GetRequiredService<IOsuTokenRepository>());
        Assert.IsType<RedisVoteDeduplicator>(provider.GetRequiredService<IVoteDeduplicator>());
        Assert.NotNull(provider.GetRequiredService<RedisVoteStreamWriter>());
        Assert.IsType<GuardedRedisRateLimitStore>(provider.GetRequiredService<IOptions<OsuClientOptions>>().Value.RateLimitStore);
        Assert.IsType<GuardedRedisRateLimitStore>(provider.GetRequiredService<IOptions<TopGgClientOptions>>().Value.RateLimitStore);
        Assert.Contains(HandlersOf(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(OsuClient.HttpClientName)), handler => handler is RedisOsuRefreshHandler);
        Assert.DoesNotContain(HandlersOf(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(TopGgClient.HttpClientName)), handler => handler is RedisOsuRefreshHandler);
    }

    [Fact]
    public async Task A_store_the_application_set_is_kept_and_a_registered_connection_is_used()
    {
        var own = new Core.RateLimiting.InMemoryRateLimitStore();
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(redis.Connection);
        services.AddGuildhallRedis("unused:1");
        services.AddTopGgClient(options => { options.Token = TopGgSandboxCredentials.Token; options.RateLimitStore = own; });

        await using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IOptions<TopGgClientOptions>>().Value.RateLimitStore);
        Assert.Same(redis.Connection, provider.GetRequiredService<IConnectionMultiplexer>());
    }

    [Fact]
    public void Bad_settings_are_refused_at_registration()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddGuildhallRedis(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddGuildhallRedis(redis.Endpoint, options => options.OsuRefresh.LeaseDuration = TimeSpan.Zero));
    }

    private static List<HttpMessageHandler> HandlersOf(HttpMessageHandler handler)
    {
        var chain = new List<HttpMessageHandler> { handler };
        while (chain[^1] is DelegatingHandler { InnerHandler: { } inner })
        {
            chain.Add(inner);
        }

        return chain;
    }
}
