using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Guildhall.Polympics.DependencyInjection;

/// <summary>Registers Polympics clients as singletons that send through <see cref="IHttpClientFactory"/>.</summary>
public static class PolympicsServiceCollectionExtensions
{
    /// <summary>
    /// Registers an unauthenticated <see cref="PolympicsClient"/> (reads and Discord sign-in). An existing registration
    /// is kept, so an application can register its own first.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the defaults of <see cref="PolympicsClientOptions"/>.</param>
    public static IServiceCollection AddPolympicsClient(this IServiceCollection services, Action<PolympicsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient(PolympicsDefaults.HttpClientName);
        services.TryAddSingleton(provider => new PolympicsClient(CreateHttpClient(provider), BuildOptions(provider, configure)));
        return services;
    }

    /// <summary>
    /// Registers a <see cref="PolympicsAppClient"/> for the app's credentials (and nothing else: user clients are made
    /// per session, with <see cref="PolympicsUserClient"/>'s constructors). An existing registration is kept.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="credentials">Reads the app's credentials, for example from configuration or a secret store.</param>
    /// <param name="configure">Changes the defaults of <see cref="PolympicsClientOptions"/>.</param>
    public static IServiceCollection AddPolympicsAppClient(
        this IServiceCollection services, Func<IServiceProvider, PolympicsCredentials> credentials, Action<PolympicsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credentials);
        services.AddHttpClient(PolympicsDefaults.HttpClientName);
        services.TryAddSingleton(provider => new PolympicsAppClient(credentials(provider), CreateHttpClient(provider), BuildOptions(provider, configure)));
        return services;
    }

    private static HttpClient CreateHttpClient(IServiceProvider provider)
    {
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(PolympicsDefaults.HttpClientName);

        // The client enforces its own total timeout across retries.
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    private static PolympicsClientOptions BuildOptions(IServiceProvider provider, Action<PolympicsClientOptions>? configure)
    {
        var options = new PolympicsClientOptions
        {
            LoggerFactory = provider.GetService<ILoggerFactory>(),
            TimeProvider = provider.GetService<TimeProvider>() ?? TimeProvider.System,
        };
        configure?.Invoke(options);
        return options;
    }
}
