using Guildhall.Core.DependencyInjection;
using Guildhall.Osu.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Guildhall.Osu;

/// <summary>Registers the osu! clients.</summary>
public static class OsuServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="OsuClientStorage"/> (user sessions and the app client) that sends through the named
    /// <see cref="HttpClient"/> <see cref="OsuClient.HttpClientName"/>, the app <see cref="OsuClient"/>, the
    /// <see cref="OsuOAuthClient"/> and an in-memory <see cref="IOsuTokenRepository"/> unless one is registered. The
    /// <see cref="OsuClientOptions"/> take <paramref name="configure"/> and any
    /// <c>services.Configure&lt;OsuClientOptions&gt;(...)</c>, the container's <see cref="TimeProvider"/> and
    /// <see cref="Microsoft.Extensions.Logging.ILoggerFactory"/> where they set none, and are validated when the host
    /// starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; the client id and secret are required.</param>
    /// <returns>The HTTP client's builder, to add handlers (<c>.AddHttpMessageHandler(...)</c>) or change the primary handler.</returns>
    /// <example>
    /// <code>
    /// services.AddOsuClient(options => { options.ClientId = 12345; options.ClientSecret = configuration["Osu:ClientSecret"]; });
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddOsuClient(this IServiceCollection services, Action<OsuClientOptions> configure)
    {
        var builder = services.AddApiClient<OsuClientStorage, OsuClientOptions>(
            OsuClient.HttpClientName, configure, (provider, http, options) => new OsuClientStorage(http, options, provider.GetRequiredService<IOsuTokenRepository>()));
        services.TryAddSingleton<IOsuTokenRepository, InMemoryOsuTokenRepository>();
        services.TryAddSingleton(provider => provider.GetRequiredService<OsuClientStorage>().AppClient);
        services.TryAddSingleton(provider => provider.GetRequiredService<OsuClientStorage>().OAuth);
        return builder;
    }
}
