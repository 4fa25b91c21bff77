using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>Maps Top.gg webhook endpoints.</summary>
public static class TopGgWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps a webhook endpoint that accepts legacy and V2 deliveries (told apart by their headers unless
    /// <see cref="TopGgWebhookOptions.Format"/> pins one), bot and server votes alike. The endpoint reads the raw body
    /// itself, so it works whatever body-parsing the rest of the application does. Requests other than POST get 405.
    /// </summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, for example <c>/dbl</c>.</param>
    /// <param name="configure">Changes this endpoint's settings, starting from those given to <c>AddTopGgWebhooks</c>.</param>
    /// <exception cref="InvalidOperationException"><c>services.AddTopGgWebhooks()</c> was not called.</exception>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public static IEndpointConventionBuilder MapTopGgWebhooks(this IEndpointRouteBuilder endpoints, string pattern, Action<TopGgWebhookEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var options = TopGgWebhookServiceCollectionExtensions.GetEndpointDefaults(endpoints.ServiceProvider).Clone();
        configure?.Invoke(options);
        options.Validate();
        var endpoint = new TopGgWebhookEndpoint(options, endpoints.ServiceProvider);
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName($"Top.gg webhook {pattern}");
    }

    /// <summary>Maps a webhook endpoint (see the other overload) whose deliveries go to <paramref name="handler"/>.</summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, for example <c>/dbl</c>.</param>
    /// <param name="handler">Handles each verified delivery; throwing answers 500 so Top.gg retries.</param>
    /// <param name="configure">Changes this endpoint's settings.</param>
    public static IEndpointConventionBuilder MapTopGgWebhooks(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<TopGgWebhookEvent, CancellationToken, ValueTask> handler,
        Action<TopGgWebhookEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapTopGgWebhooks(pattern, options =>
        {
            options.Handler = handler;
            configure?.Invoke(options);
        });
    }
}
