using Guildhall.Core;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guildhall.Osu;

/// <summary>Registers the osu! clients.</summary>
public static class OsuServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the clients send with (add handlers to it with <c>AddHttpClient(name)</c>).</summary>
    public const string HttpClientName = "Guildhall.Osu";

    /// <summary>
    /// Registers an <see cref="OsuClientStorage"/> (user sessions and the app client), the app <see cref="OsuClient"/>,
    /// the <see cref="OsuOAuthClient"/> and an in-memory <see cref="IOsuTokenRepository"/> unless one is registered.
    /// The options are validated when first used (and at start-up with a host that validates on start).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; the client id and secret are required.</param>
    public static IServiceCollection AddOsuClient(this IServiceCollection services, Action<OsuClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<OsuClientOptions>()
            .Configure(configure)
            .Configure<IServiceProvider>((options, provider) => options.LoggerFactory ??= provider.GetService<ILoggerFactory>())
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OsuClientOptions>, OsuClientOptionsValidator>());

        // One long-lived client: recycle pooled connections instead of the handler, so DNS changes are still seen.
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(ApiHttpClient.CreateHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton<IOsuTokenRepository, InMemoryOsuTokenRepository>();
        services.TryAddSingleton(provider => new OsuClientStorage(
            provider.GetRequiredService<IOptions<OsuClientOptions>>().Value,
            provider.GetRequiredService<IOsuTokenRepository>(),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.TryAddSingleton(provider => provider.GetRequiredService<OsuClientStorage>().AppClient);
        services.TryAddSingleton(provider => provider.GetRequiredService<OsuClientStorage>().OAuth);
        return services;
    }
}
