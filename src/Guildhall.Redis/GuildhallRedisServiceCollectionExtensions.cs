using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>Switches a bot's shared state to Redis in one call.</summary>
public static class GuildhallRedisServiceCollectionExtensions
{
    /// <summary>
    /// Registers a connection to Redis (unless an <see cref="IConnectionMultiplexer"/> is registered already) and puts every
    /// shared part of Guildhall in it: the rate-limit store of every client whose options set none (with the outage policy of
    /// <see cref="GuildhallRedisOptions.RateLimitOutage"/>, see <see cref="GuardedRedisRateLimitStore"/>), the osu! token
    /// repository, the single-flight refresh in the osu! HTTP pipeline, the Top.gg vote deduplicator, and a
    /// <see cref="RedisVoteStreamWriter"/> with its <see cref="RedisVoteStreamOptions"/> for durable vote delivery (which
    /// the Guildhall.Redis.AspNetCore package's <c>AddDurableVoteDelivery</c> switches on for the webhook receivers). Each part has
    /// its own outage policy (<see cref="GuildhallRedisOptions.RateLimitOutage"/> and each part's <c>Outage</c>). Call it
    /// before or after the clients' own registrations. The connection does not stop the application when Redis is down at start-up: it keeps trying in the
    /// background and each call fails until Redis answers, then everything works again without a restart; while it is
    /// disconnected a command fails at once (<see cref="BacklogPolicy.FailFast"/>) so each part's outage policy holds. A
    /// connection registered by the application should be set up the same way (<c>AbortOnConnectFail = false</c>,
    /// <c>BacklogPolicy = BacklogPolicy.FailFast</c>): with the default backlog, each attempt waits up to the async timeout.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, for example <c>localhost:6379</c> (it may hold a password; it is never logged by Guildhall).</param>
    /// <param name="configure">Changes the parts' settings (key prefixes, windows, leases, outage policies, durable delivery).</param>
    /// <returns>The services.</returns>
    /// <example>
    /// <code>
    /// services.AddGuildhallRedis(configuration["Redis"]!);
    /// services.AddTopGgClient(options => options.Token = configuration["TopGg:Token"]);
    /// services.AddOsuClient(options => { options.ClientId = 12345; options.ClientSecret = configuration["Osu:Secret"]; });
    /// </code>
    /// </example>
    public static IServiceCollection AddGuildhallRedis(this IServiceCollection services, string configuration, Action<GuildhallRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = new GuildhallRedisOptions();
        configure?.Invoke(options);
        options.RateLimits.Validate();
        options.RateLimitOutage.Validate();
        options.OsuTokens.Validate();
        options.OsuRefresh.Validate();
        options.VoteDeduplication.Validate();
        options.VoteStream.Validate();

        var connection = ConfigurationOptions.Parse(configuration);
        // Start-up must not depend on Redis being up, and a lost connection comes back by itself.
        connection.AbortOnConnectFail = false;
        // While disconnected, a command fails at once instead of waiting in the backlog until the async timeout (5 s by
        // default): each part's outage policy (FailClosedWait, RetryInterval) then holds as configured.
        connection.BacklogPolicy = BacklogPolicy.FailFast;
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(connection));

        services.TryAddSingleton(provider => new GuardedRedisRateLimitStore(
            new RedisRateLimitStore(provider.GetRequiredService<IConnectionMultiplexer>(), options.RateLimits), WithServices(options.RateLimitOutage, provider)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IPostConfigureOptions<>), typeof(ApiClientRateLimitStoreSetup<>)));

        services.RemoveAll<IOsuTokenRepository>();
        services.AddSingleton<IOsuTokenRepository>(provider =>
        {
            WithServices(options.OsuTokens.Outage, provider);
            return new RedisOsuTokenRepository(provider.GetRequiredService<IConnectionMultiplexer>(), options.OsuTokens);
        });
        services.AddHttpClient(OsuClient.HttpClientName).AddHttpMessageHandler(provider =>
        {
            var refresh = options.OsuRefresh;
            refresh.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            refresh.TimeProvider ??= provider.GetService<TimeProvider>();
            WithServices(refresh.Outage, provider);
            return new RedisOsuRefreshHandler(provider.GetRequiredService<IConnectionMultiplexer>(), refresh);
        });

        services.RemoveAll<IVoteDeduplicator>();
        services.AddSingleton<IVoteDeduplicator>(provider =>
        {
            WithServices(options.VoteDeduplication.Outage, provider);
            return new RedisVoteDeduplicator(provider.GetRequiredService<IConnectionMultiplexer>(), options.VoteDeduplication);
        });
        services.TryAddSingleton(provider => VoteStreamWithServices(options.VoteStream, provider));
        services.TryAddSingleton(provider => new RedisVoteStreamWriter(provider.GetRequiredService<IConnectionMultiplexer>(), provider.GetRequiredService<RedisVoteStreamOptions>()));
        return services;
    }

    /// <summary>Gives a part's outage policy the application's logging and clock, unless set.</summary>
    private static RedisOutageOptions WithServices(RedisOutageOptions outage, IServiceProvider provider)
    {
        outage.LoggerFactory ??= provider.GetService<ILoggerFactory>();
        outage.TimeProvider ??= provider.GetService<TimeProvider>();
        return outage;
    }

    private static RedisVoteStreamOptions VoteStreamWithServices(RedisVoteStreamOptions stream, IServiceProvider provider)
    {
        WithServices(stream.Outage, provider);
        stream.LoggerFactory ??= provider.GetService<ILoggerFactory>();
        stream.TimeProvider ??= provider.GetService<TimeProvider>();
        return stream;
    }
}
