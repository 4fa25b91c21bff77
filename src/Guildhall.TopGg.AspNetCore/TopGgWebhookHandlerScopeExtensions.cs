using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>Runs the application's registered <see cref="ITopGgWebhookHandler"/> the way the receivers do.</summary>
public static class TopGgWebhookHandlerScopeExtensions
{
    /// <summary>
    /// Hands one event to the registered <see cref="ITopGgWebhookHandler"/>, resolved in a service scope of its own that
    /// lives as long as the handler runs, as an endpoint without a handler of its own does for each delivery. For events
    /// that reach the application another way: from a queue, a stream or a replay.
    /// </summary>
    /// <param name="scopes">The application's scope factory.</param>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the handler.</param>
    /// <returns>When the handler has finished.</returns>
    /// <exception cref="InvalidOperationException">No handler is registered.</exception>
    public static async ValueTask HandleTopGgWebhookAsync(this IServiceScopeFactory scopes, TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(webhookEvent);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var handler = scope.ServiceProvider.GetService<ITopGgWebhookHandler>()
                ?? throw new InvalidOperationException(
                    "No Top.gg webhook handler: register one with services.AddTopGgWebhooks().AddHandler<THandler>(), or pass one to MapTopGgWebhooks.");
            await handler.HandleAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
        }
    }
}
