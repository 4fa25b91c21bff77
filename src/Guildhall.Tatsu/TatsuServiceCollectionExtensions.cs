using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guildhall.Tatsu;

/// <summary>Registers <see cref="TatsuClient"/> with dependency injection.</summary>
public static class TatsuServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="TatsuClient"/> that sends through the HTTP client factory's
    /// <see cref="TatsuClient.HttpClientName"/> client. Registrations made before (a mock, another client) win. The
    /// options are validated when the client is first resolved; the container's <see cref="TimeProvider"/> and
    /// <see cref="ILoggerFactory"/> are used unless the options set their own.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; at least <see cref="TatsuClientOptions.ApiKey"/>.</param>
    /// <returns>The HTTP client's builder, to add handlers to it.</returns>
    /// <example>
    /// <code>
    /// services.AddTatsuClient(options => options.ApiKey = configuration["Tatsu:ApiKey"]);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddTatsuClient(this IServiceCollection services, Action<TatsuClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TatsuClientOptions>().Configure(configure);
        services.TryAddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<TatsuClientOptions>>().Value;
            var options = configured.WithDefaults(provider.GetService<TimeProvider>(), provider.GetService<ILoggerFactory>());
            var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(TatsuClient.HttpClientName);
            return new TatsuClient(httpClient, options);
        });

        // The client lives as long as the container, so connections are recycled by the handler instead of the
        // factory rotating handlers under a singleton that would never see the new ones.
        return services.AddHttpClient(TatsuClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }
}
