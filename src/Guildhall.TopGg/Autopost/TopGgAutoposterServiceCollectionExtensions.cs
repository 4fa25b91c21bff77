using Guildhall.TopGg.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.Autopost;

/// <summary>Registers a <see cref="TopGgAutoposter"/> that runs with the host.</summary>
public static class TopGgAutoposterServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="TopGgAutoposter"/> posting through the registered <see cref="TopGgClient"/>
    /// (see <c>AddTopGgClient</c>) and a hosted service that starts and stops it with the host. The clock and the logger
    /// factory come from the container unless the options set them.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="statsProvider">Builds the stats provider from the container (for example from the Discord client).</param>
    /// <param name="configure">Sets the interval and the other options.</param>
    /// <example>
    /// <code>
    /// services.AddTopGgClient(options => options.Token = token);
    /// services.AddTopGgAutoposter(provider =>
    /// {
    ///     var discord = provider.GetRequiredService&lt;DiscordSocketClient&gt;();
    ///     return _ => ValueTask.FromResult(discord.ConnectionState == ConnectionState.Connected
    ///         ? TopGgStatsUpdate.ForServerCount(discord.Guilds.Count)
    ///         : null);
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddTopGgAutoposter(
        this IServiceCollection services,
        Func<IServiceProvider, Func<CancellationToken, ValueTask<TopGgStatsUpdate?>>> statsProvider,
        Action<TopGgAutoposterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(statsProvider);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = new TopGgAutoposterOptions
            {
                StatsProvider = statsProvider(provider),
                TimeProvider = provider.GetRequiredService<TimeProvider>(),
                LoggerFactory = provider.GetService<ILoggerFactory>(),
            };
            configure?.Invoke(options);
            return new TopGgAutoposter(provider.GetRequiredService<TopGgClient>(), options);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TopGgAutoposterHostedService>());
        return services;
    }
}
