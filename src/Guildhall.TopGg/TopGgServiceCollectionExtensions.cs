using Guildhall.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg;

/// <summary>Registers <see cref="TopGgClient"/> with dependency injection.</summary>
public static class TopGgServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="TopGgClient"/> that sends through the named <see cref="HttpClient"/>
    /// <see cref="TopGgClient.HttpClientName"/>. Its <see cref="TopGgClientOptions"/> take <paramref name="configure"/> and
    /// any <c>services.Configure&lt;TopGgClientOptions&gt;(...)</c>, the container's <see cref="TimeProvider"/> and
    /// <see cref="ILoggerFactory"/> where they set none, and are validated when the host starts. Existing registrations
    /// of the client are kept (<c>TryAdd</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; at least <see cref="TopGgClientOptions.Token"/>.</param>
    /// <returns>The HTTP client's builder, to add handlers (<c>.AddHttpMessageHandler(...)</c>) or change the primary handler.</returns>
    /// <example>
    /// <code>
    /// services.AddTopGgClient(options => options.Token = configuration["TopGg:Token"]);
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddTopGgClient(this IServiceCollection services, Action<TopGgClientOptions> configure) =>
        services.AddApiClient<TopGgClient, TopGgClientOptions>(TopGgClient.HttpClientName, configure, (_, http, options) => new TopGgClient(http, options));
}
