using Guildhall.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Guildhall.Polympics.DependencyInjection;

/// <summary>
/// Registers Polympics clients as singletons that send through the named <see cref="HttpClient"/>
/// <see cref="PolympicsDefaults.HttpClientName"/>. Both registrations read the one <see cref="PolympicsClientOptions"/>:
/// the <c>configure</c> of either and any <c>services.Configure&lt;PolympicsClientOptions&gt;(...)</c> apply, the
/// container's <see cref="TimeProvider"/> and <see cref="Microsoft.Extensions.Logging.ILoggerFactory"/> fill what they
/// leave unset, and the result is validated when the host starts.
/// </summary>
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
        AddShared(services, configure);
        services.TryAddSingleton(provider => new PolympicsClient(CreateHttpClient(provider), Options(provider)));
        return services;
    }

    /// <summary>
    /// Registers a <see cref="PolympicsAppClient"/> for the app's credentials, and makes it the <see cref="PolympicsClient"/>
    /// too unless one is registered (an app can do all an anonymous client can). User clients are made per session, with
    /// <see cref="PolympicsUserClient"/>'s constructors. An existing registration is kept.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="credentials">Reads the app's credentials, for example from configuration or a secret store.</param>
    /// <param name="configure">Changes the defaults of <see cref="PolympicsClientOptions"/>.</param>
    public static IServiceCollection AddPolympicsAppClient(
        this IServiceCollection services, Func<IServiceProvider, PolympicsCredentials> credentials, Action<PolympicsClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credentials);
        AddShared(services, configure);
        services.TryAddSingleton(provider => new PolympicsAppClient(credentials(provider), CreateHttpClient(provider), Options(provider)));
        services.TryAddSingleton<PolympicsClient>(provider => provider.GetRequiredService<PolympicsAppClient>());
        return services;
    }

    private static void AddShared(IServiceCollection services, Action<PolympicsClientOptions>? configure)
    {
        services.AddApiClientOptions(configure);
        services.AddApiHttpClient(PolympicsDefaults.HttpClientName);
    }

    private static HttpClient CreateHttpClient(IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(PolympicsDefaults.HttpClientName);

    private static PolympicsClientOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<PolympicsClientOptions>>().Value;
}
