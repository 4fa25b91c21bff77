using Guildhall.Redis.AspNetCore;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Guildhall.Redis.Tests;

/// <summary>What the durable-delivery call registers, and its errors, without a Redis server.</summary>
public sealed class DurableVoteDeliveryRegistrationTests
{
    [Fact]
    public void Without_the_Redis_registration_the_endpoint_options_name_the_missing_call()
    {
        var services = new ServiceCollection();
        services.AddTopGgWebhooks(options => options.Authorization = "registration-auth").AddDurableVoteDelivery();
        using var provider = services.BuildServiceProvider();

        var refused = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<TopGgWebhookEndpointOptions>>().Value);
        Assert.Contains("AddGuildhallRedis", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_it_twice_runs_one_consumer()
    {
        var services = new ServiceCollection();
        var webhooks = services.AddTopGgWebhooks(options => options.Authorization = "registration-auth");
        var before = HostedServices(services);
        webhooks.AddDurableVoteDelivery().AddDurableVoteDelivery();

        Assert.Equal(before + 1, HostedServices(services));
    }

    private static int HostedServices(IServiceCollection services) => services.Count(descriptor => descriptor.ServiceType == typeof(IHostedService));

    [Fact]
    public async Task The_registered_handler_runs_in_a_scope_of_its_own_and_a_missing_one_is_named()
    {
        var services = new ServiceCollection();
        services.AddTopGgWebhooks().AddHandler<ScopedHandler>();
        await using var provider = services.BuildServiceProvider();
        var scopes = provider.GetRequiredService<IServiceScopeFactory>();
        var unknown = new UnknownWebhookEvent { Type = "registration.test" };

        await scopes.HandleTopGgWebhookAsync(unknown);
        await scopes.HandleTopGgWebhookAsync(unknown);

        Assert.Equal(2, ScopedHandler.Instances.Count);
        Assert.All(ScopedHandler.Instances, handler => Assert.True(handler.Disposed));
        Assert.NotSame(ScopedHandler.Instances[0], ScopedHandler.Instances[1]);

        await using var empty = new ServiceCollection().BuildServiceProvider();
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(
            () => empty.GetRequiredService<IServiceScopeFactory>().HandleTopGgWebhookAsync(unknown).AsTask());
        Assert.Contains("AddHandler", missing.Message, StringComparison.Ordinal);
    }

    private sealed class ScopedHandler : ITopGgWebhookHandler, IDisposable
    {
        public static List<ScopedHandler> Instances { get; } = [];

        public bool Disposed { get; private set; }

        public ValueTask HandleAsync(TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            Instances.Add(this);
            return ValueTask.CompletedTask;
        }

        public void Dispose() => Disposed = true;
    }
}
