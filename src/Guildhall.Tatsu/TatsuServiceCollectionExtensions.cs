using Guildhall.Core.DependencyInjection;
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
    /// <see cref="TatsuClient.HttpClientName"/> client. Registrations made before (a mock, another client) win. Its
    /// <see cref="TatsuClientOptions"/> take <paramref name="configure"/> and any
    /// <c>services.Configure&lt;TatsuClientOptions&gt;(...)</c>, the container's <see cref="TimeProvider"/> and
    /// <see cref="ILoggerFactory"/> where they set none, and are validated when the host starts.
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
        services.AddApiClientOptions(configure);
        services.TryAddSingleton(provider => new TatsuClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(TatsuClient.HttpClientName),
            provider.GetRequiredService<IOptions<TatsuClientOptions>>().Value));
        return services.AddApiHttpClient(TatsuClient.HttpClientName);
    }
}
