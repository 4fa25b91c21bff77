using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>Registers what <c>MapTopGgWebhooks</c> endpoints need.</summary>
public static class TopGgWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the default endpoint settings, an in-memory <see cref="IVoteDeduplicator"/> (unless one is registered),
    /// the background queue of queued endpoints and its worker. Every registration uses <c>TryAdd</c>, so a
    /// deduplicator or a <see cref="TimeProvider"/> registered earlier is kept.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the defaults of every endpoint (credentials, format, processing mode).</param>
    /// <param name="configureQueue">Sets the background queue.</param>
    /// <returns>A builder to register handlers.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddTopGgWebhooks(options => options.Secret = builder.Configuration["TopGg:WebhookSecret"])
    ///     .AddHandler&lt;VoteRewarder&gt;();
    /// app.MapTopGgWebhooks("/topgg/votes");
    /// </code>
    /// </example>
    public static TopGgWebhooksBuilder AddTopGgWebhooks(
        this IServiceCollection services,
        Action<TopGgWebhookEndpointOptions>? configure = null,
        Action<TopGgWebhookQueueOptions>? configureQueue = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<TopGgWebhookEndpointOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // An application that registered a clock (a fake one in tests) gets it for the timestamp window and deadlines.
        options.PostConfigure<TimeProvider>((settings, clock) =>
        {
            if (ReferenceEquals(settings.TimeProvider, TimeProvider.System))
            {
                settings.TimeProvider = clock;
            }
        });
        var queue = services.AddOptions<TopGgWebhookQueueOptions>();
        if (configureQueue is not null)
        {
            queue.Configure(configureQueue);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IVoteDeduplicator>(provider => new InMemoryVoteDeduplicator(timeProvider: provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<TopGgWebhookQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, TopGgWebhookQueueWorker>());
        return new TopGgWebhooksBuilder(services);
    }

    /// <summary>The endpoint defaults, for <c>MapTopGgWebhooks</c>; a clear error when <see cref="AddTopGgWebhooks"/> was not called.</summary>
    internal static TopGgWebhookEndpointOptions GetEndpointDefaults(IServiceProvider services) =>
        services.GetService<TopGgWebhookQueue>() is null
            ? throw new InvalidOperationException("Top.gg webhooks are not registered: call services.AddTopGgWebhooks() before MapTopGgWebhooks.")
            : services.GetRequiredService<IOptions<TopGgWebhookEndpointOptions>>().Value;
}
