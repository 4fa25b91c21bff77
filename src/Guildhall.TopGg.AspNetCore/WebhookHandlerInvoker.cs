using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>Runs an endpoint's delegate, or the registered <see cref="ITopGgWebhookHandler"/> in a scope of its own that lives as long as the handler.</summary>
internal static class WebhookHandlerInvoker
{
    public static async Task InvokeAsync(
        Func<TopGgWebhookEvent, CancellationToken, ValueTask>? handler,
        IServiceScopeFactory scopes,
        TopGgWebhookEvent webhookEvent,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (!TopGgWebhookTelemetry.HandlerDurationEnabled)
        {
            await RunAsync(handler, scopes, webhookEvent, cancellationToken).ConfigureAwait(false);
            return;
        }

        var started = timeProvider.GetTimestamp();
        var succeeded = false;
        try
        {
            await RunAsync(handler, scopes, webhookEvent, cancellationToken).ConfigureAwait(false);
            succeeded = true;
        }
        finally
        {
            TopGgWebhookTelemetry.RecordHandler(timeProvider.GetElapsedTime(started), succeeded);
        }
    }

    private static async Task RunAsync(
        Func<TopGgWebhookEvent, CancellationToken, ValueTask>? handler,
        IServiceScopeFactory scopes,
        TopGgWebhookEvent webhookEvent,
        CancellationToken cancellationToken)
    {
        if (handler is not null)
        {
            await handler(webhookEvent, cancellationToken).ConfigureAwait(false);
            return;
        }

        await scopes.HandleTopGgWebhookAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The event's wire name, for log lines.</summary>
    public static string NameOf(TopGgWebhookEvent webhookEvent) => webhookEvent switch
    {
        LegacyBotVoteEvent => "legacy bot vote",
        LegacyServerVoteEvent => "legacy server vote",
        VoteCreateEvent => VoteCreateEvent.EventType,
        WebhookTestEvent => WebhookTestEvent.EventType,
        IntegrationCreateEvent => IntegrationCreateEvent.EventType,
        IntegrationDeleteEvent => IntegrationDeleteEvent.EventType,
        UnknownWebhookEvent unknown => unknown.Type,
        _ => webhookEvent.GetType().Name,
    };
}
