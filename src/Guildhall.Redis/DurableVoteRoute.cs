using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Redis;

/// <summary>
/// Durable vote delivery as <see cref="GuildhallRedisOptions.DurableVoteDelivery"/> wires it: the receiver appends votes to
/// the stream and hands every other event to the application's <see cref="ITopGgWebhookHandler"/> at once; the consumer
/// hands each vote from the stream to that same handler.
/// </summary>
internal static class DurableVoteRoute
{
    /// <summary>The receiver's handler: votes to the stream (answered once Redis has them), other events to the application's handler.</summary>
    public static Func<TopGgWebhookEvent, CancellationToken, ValueTask> Receiver(RedisVoteStreamWriter writer, IServiceScopeFactory scopes) =>
        (webhookEvent, cancellationToken) => webhookEvent is TopGgVoteEvent vote
            ? writer.AppendAsync(vote, cancellationToken)
            : HandleAsync(scopes, webhookEvent, cancellationToken);

    /// <summary>Runs the application's handler in a scope of its own, as the receiver does for each delivery.</summary>
    public static async ValueTask HandleAsync(IServiceScopeFactory scopes, TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var handler = scope.ServiceProvider.GetService<ITopGgWebhookHandler>()
                ?? throw new InvalidOperationException(
                    "Durable vote delivery needs the application's vote handler: register one with services.AddTopGgWebhooks().AddHandler<THandler>().");
            await handler.HandleAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
        }
    }
}
