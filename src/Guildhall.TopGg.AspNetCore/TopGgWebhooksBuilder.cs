using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>Adds handlers to the webhook services registered by <see cref="TopGgWebhookServiceCollectionExtensions.AddTopGgWebhooks"/>.</summary>
public sealed class TopGgWebhooksBuilder
{
    internal TopGgWebhooksBuilder(IServiceCollection services) => Services = services;

    /// <summary>The services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers the handler of verified deliveries (scoped: one instance per delivery). An existing registration is kept.</summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    public TopGgWebhooksBuilder AddHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where THandler : class, ITopGgWebhookHandler
    {
        Services.TryAddScoped<ITopGgWebhookHandler, THandler>();
        return this;
    }

    /// <summary>Registers the handler of <c>integration.create</c> (scoped). An existing registration is kept.</summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    public TopGgWebhooksBuilder AddIntegrationHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where THandler : class, ITopGgIntegrationHandler
    {
        Services.TryAddScoped<ITopGgIntegrationHandler, THandler>();
        return this;
    }
}
