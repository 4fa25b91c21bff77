using Guildhall.Core.DependencyInjection;
using Guildhall.Osu.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Guildhall.Osu;

/// <summary>Registers the osu! clients.</summary>
public static class OsuServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the clients send with (add handlers to it with <c>AddHttpClient(name)</c>).</summary>
    public const string HttpClientName = "Guildhall.Osu";

    /// <summary>
    /// Registers an <see cref="OsuClientStorage"/> (user sessions and the app client), the app <see cref="OsuClient"/>,
    /// the <see cref="OsuOAuthClient"/> and an in-memory <see cref="IOsuTokenRepository"/> unless one is registered. The
    /// <see cref="OsuClientOptions"/> take <paramref name="configure"/> and any
    /// <c>services.Configure&lt;OsuClientOptions&gt;(...)</c>, the container's <see cref="TimeProvider"/> and
    /// <see cref="Microsoft.Extensions.Logging.ILoggerFactory"/> where they set none, and are validated when the host
    /// starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; the client id and secret are required.</param>
    public static IServiceCollection AddOsuClient(this IServiceCollection services, Action<OsuClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddApiClientOptions(configure);
        services.AddApiHttpClient(HttpClientName);
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
