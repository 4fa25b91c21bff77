using Guildhall.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guildhall.TopGg;

/// <summary>Registers <see cref="TopGgClient"/> with dependency injection.</summary>
public static class TopGgServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client sends through, for <c>IHttpClientFactory</c> configuration.</summary>
    public const string HttpClientName = "Guildhall.TopGg";

    /// <summary>
    /// Registers a singleton <see cref="TopGgClient"/> that sends through the named <see cref="HttpClient"/>
    /// <see cref="HttpClientName"/> and takes the container's <see cref="TimeProvider"/> and <see cref="ILoggerFactory"/>
    /// where the options set none. Existing registrations
    /// of the client are kept (<c>TryAdd</c>). The options are validated when the client is first resolved.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; at least <see cref="TopGgClientOptions.Token"/>.</param>
    /// <returns>The HTTP client's builder, to add handlers or change the primary handler.</returns>
    /// <example>
    /// <code>
    /// services.AddTopGgClient(options => options.Token = configuration["TopGg:Token"]);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddTopGgClient(this IServiceCollection services, Action<TopGgClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TopGgClientOptions>().Configure(configure);
        services.TryAddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<TopGgClientOptions>>().Value;
            var options = configured.WithDefaults(provider.GetService<TimeProvider>(), provider.GetService<ILoggerFactory>());
            var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TopGgClient(httpClient, options);
        });

        // The transport enforces the call's whole budget, so HttpClient's own timeout stays infinite. The client lives as
        // long as the container, so connections are recycled by the handler rather than by the factory rotating handlers
        // under a singleton that would never see the new ones.
        return services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(ApiHttpClient.CreateHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }
}
