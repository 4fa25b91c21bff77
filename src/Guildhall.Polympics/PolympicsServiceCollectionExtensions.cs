using Guildhall.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Guildhall.Polympics;

/// <summary>
/// Registers Polympics clients as singletons that send through the named <see cref="HttpClient"/>
/// <see cref="PolympicsClient.HttpClientName"/>. Both registrations read the one <see cref="PolympicsClientOptions"/>:
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
    /// <param name="configure">Changes the defaults of <see cref="PolympicsClientOptions"/>; <see langword="null"/> keeps them.</param>
    /// <returns>The HTTP client's builder, to add handlers (<c>.AddHttpMessageHandler(...)</c>) or change the primary handler.</returns>
    public static IHttpClientBuilder AddPolympicsClient(this IServiceCollection services, Action<PolympicsClientOptions>? configure = null) =>
        services.AddApiClient<PolympicsClient, PolympicsClientOptions>(PolympicsClient.HttpClientName, configure, (_, http, options) => new PolympicsClient(http, options));

    /// <summary>
    /// Registers a <see cref="PolympicsAppClient"/> for the app's credentials (<see cref="PolympicsClientOptions.Credentials"/>),
    /// and makes it the <see cref="PolympicsClient"/> too unless one is registered (an app can do all an anonymous
    /// client can). User clients are made per session, with <see cref="PolympicsUserClient"/>'s constructors. An
    /// existing registration is kept.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; at least <see cref="PolympicsClientOptions.Credentials"/>, an app's.</param>
    /// <returns>The HTTP client's builder, to add handlers (<c>.AddHttpMessageHandler(...)</c>) or change the primary handler.</returns>
    /// <example>
    /// <code>
    /// services.AddPolympicsAppClient(options => options.Credentials = new PolympicsCredentials("A1", configuration["Polympics:Token"]!));
    /// </code>
    /// </example>
    public static IHttpClientBuilder AddPolympicsAppClient(this IServiceCollection services, Action<PolympicsClientOptions> configure)
    {
        var builder = services.AddApiClient<PolympicsAppClient, PolympicsClientOptions>(
            PolympicsClient.HttpClientName, configure, (_, http, options) => new PolympicsAppClient(http, options));
        services.TryAddSingleton<PolympicsClient>(provider => provider.GetRequiredService<PolympicsAppClient>());
        return builder;
    }
}
