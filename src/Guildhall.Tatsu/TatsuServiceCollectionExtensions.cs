using Guildhall.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.Tatsu;

/// <summary>Registers <see cref="TatsuClient"/> with dependency injection.</summary>
public static class TatsuServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="TatsuClient"/> that sends through the named <see cref="HttpClient"/>
    /// <see cref="TatsuClient.HttpClientName"/>. Its <see cref="TatsuClientOptions"/> take <paramref name="configure"/> and
    /// any <c>services.Configure&lt;TatsuClientOptions&gt;(...)</c>, the container's <see cref="TimeProvider"/> and
    /// <see cref="ILoggerFactory"/> where they set none, and are validated when the host starts. Existing registrations
    /// of the client are kept (<c>TryAdd</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; at least <see cref="TatsuClientOptions.ApiKey"/>.</param>
    /// <returns>The HTTP client's builder, to add handlers (<c>.AddHttpMessageHandler(...)</c>) or change the primary handler.</returns>
    /// <example>
    /// <code>
    /// services.AddTatsuClient(options => options.ApiKey = configuration["Tatsu:ApiKey"]);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddTatsuClient(this IServiceCollection services, Action<TatsuClientOptions> configure) =>
        services.AddApiClient<TatsuClient, TatsuClientOptions>(TatsuClient.HttpClientName, configure, (_, http, options) => new TatsuClient(http, options));
}
