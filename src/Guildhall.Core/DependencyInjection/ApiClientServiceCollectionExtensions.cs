using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guildhall.Core.DependencyInjection;

/// <summary>
/// The registration every Guildhall client shares, so <c>AddTopGgClient</c>, <c>AddTatsuClient</c>,
/// <c>AddOsuClient</c> and <c>AddPolympicsClient</c> behave alike: options that honour
/// <c>services.Configure&lt;TOptions&gt;(...)</c>, take the container's clock and logger factory and are validated at
/// start-up, and a named <see cref="HttpClient"/> fit for a client that lives as long as the container.
/// </summary>
public static class ApiClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a client's options: <paramref name="configure"/> and any <c>services.Configure&lt;TOptions&gt;</c>
    /// apply in registration order; afterwards an unset <see cref="ApiClientOptions.TimeProvider"/> and
    /// <see cref="ApiClientOptions.LoggerFactory"/> are filled from the container. The result is checked with
    /// <see cref="ApiClientOptions.Validate"/> when a host starts (<c>ValidateOnStart</c>) and whenever the options are
    /// read, so a wrong setting fails with <see cref="OptionsValidationException"/> naming it.
    /// </summary>
    /// <typeparam name="TOptions">The client's options.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults and whatever <c>Configure</c> sets.</param>
    /// <returns>The options builder, to add more configuration.</returns>
    public static OptionsBuilder<TOptions> AddApiClientOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this IServiceCollection services, Action<TOptions>? configure)
        where TOptions : ApiClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<TOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, ApiClientOptionsValidator<TOptions>>());
        return builder
            .PostConfigure<IServiceProvider>((options, provider) =>
            {
                options.TimeProvider ??= provider.GetService<TimeProvider>();
                options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            })
            .ValidateOnStart();
    }

    /// <summary>
    /// Registers a client the way every Guildhall package does (<c>AddTopGgClient</c> and the others are this one call):
    /// its options as <see cref="AddApiClientOptions{TOptions}"/> does, the named <see cref="HttpClient"/> as
    /// <see cref="AddApiHttpClient"/> does, and the client as a singleton built from both. A client registered before
    /// (a test double, another configuration) is kept.
    /// </summary>
    /// <typeparam name="TClient">The client.</typeparam>
    /// <typeparam name="TOptions">The client's options, which carry its credentials.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="httpClientName">The named HTTP client, the client type's <c>HttpClientName</c>.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults and whatever <c>Configure</c> sets.</param>
    /// <param name="create">Builds the client from the container (for parts a package lets applications replace, such as a token store), the named HTTP client and the validated options.</param>
    /// <returns>The HTTP client's builder, to add handlers (<c>AddHttpMessageHandler</c>) or replace the primary handler.</returns>
    public static IHttpClientBuilder AddApiClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this IServiceCollection services, string httpClientName, Action<TOptions>? configure, Func<IServiceProvider, HttpClient, TOptions, TClient> create)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        services.AddApiClientOptions(configure);
        services.TryAddSingleton(provider => create(
            provider,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName),
            provider.GetRequiredService<IOptions<TOptions>>().Value));
        return services.AddApiHttpClient(httpClientName);
    }

    /// <summary>
    /// Registers the named <see cref="HttpClient"/> a client sends through. The client is a singleton, so the factory's
    /// handler rotation would never reach it: the handler is never rotated, and its pooled connections are recycled
    /// instead (<see cref="ApiHttpClient.CreateHandler"/>), so DNS changes are still seen. Its own timeout stays
    /// infinite because the transport enforces the budget of a whole call.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The client's name, for example <c>Guildhall.TopGg</c>.</param>
    /// <returns>The HTTP client's builder, to add handlers or replace the primary handler.</returns>
    public static IHttpClientBuilder AddApiHttpClient(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(ApiHttpClient.CreateHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }
}
