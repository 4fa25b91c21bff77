using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// One webhook route. The status rules: 405 for anything but POST, 413 over the body cap, the verifier's 400/401/403/422
/// for bad deliveries, 200 for a repeat of an already handled delivery, 204 once an inline handler finished, 202 when
/// queued (or when an inline handler overran the reply deadline), 500 when an inline handler threw (so Top.gg retries),
/// 503 when the queue is full, and for <c>integration.create</c> the handler's JSON reply (501 without a handler).
/// </summary>
internal sealed class TopGgWebhookEndpoint
{
    private readonly TopGgWebhookEndpointOptions _options;
    private readonly TopGgWebhookVerifier _verifier;
    private readonly IVoteDeduplicator _deduplicator;
    private readonly IServiceScopeFactory _scopes;
    private readonly TopGgWebhookQueue? _queue;
    private readonly CancellationToken _stopping;
    private readonly ILogger _logger;

    public TopGgWebhookEndpoint(TopGgWebhookEndpointOptions options, IServiceProvider services)
    {
        _options = options;
        _verifier = new TopGgWebhookVerifier(options);
        _deduplicator = services.GetRequiredService<IVoteDeduplicator>();
        _scopes = services.GetRequiredService<IServiceScopeFactory>();
        _queue = services.GetService<TopGgWebhookQueue>();
        _stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        _logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(TopGgWebhookLog.CategoryName);
        if (options.ProcessingMode == TopGgWebhookProcessingMode.Queued && _queue is null)
        {
            throw new InvalidOperationException("Queued processing needs the background queue: call services.AddTopGgWebhooks().");
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        using var activity = TopGgWebhookTelemetry.ActivitySource.StartActivity("topgg.webhook", System.Diagnostics.ActivityKind.Server);
        var outcome = await ProcessAsync(context).ConfigureAwait(false);
        activity?.SetTag(TopGgWebhookTelemetry.OutcomeTag, outcome.Name);
        activity?.SetTag(TopGgWebhookTelemetry.FormatTag, outcome.Format);
        activity?.SetTag("http.response.status_code", context.Response.StatusCode);
        TopGgWebhookTelemetry.Count(outcome.Name, outcome.Format);
    }

    /// <summary>Answers one request and says how it ended, for the metrics.</summary>
    private async ValueTask<(string Name, string Format)> ProcessAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await WebhookReplies.ErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Top.gg webhooks accept POST only.").ConfigureAwait(false);
            return ("method_not_allowed", "none");
        }

        RequestBodyReader body;
        try
        {
            body = await RequestBodyReader.ReadAsync(context.Request, _options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            await WebhookReplies.ErrorAsync(context, exception.StatusCode, "The request body could not be read.").ConfigureAwait(false);
            return ("unreadable_body", "none");
        }

        TopGgWebhookResult result;
        var format = "none";
        using (body)
        {
            if (body.TooLarge)
            {
                result = TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.BodyTooLarge, $"The body is larger than {_options.MaxBodyBytes} bytes.");
            }
            else
            {
                var headers = ReadHeaders(context.Request.Headers);
                format = FormatName(_verifier.DetectFormat(headers));
                var secret = _options.SecretResolver is { } resolve ? await resolve(context).ConfigureAwait(false) : null;
                result = _verifier.Verify(body.Body, headers, authorization: null, secret);
            }
        }

        if (!result.IsAccepted)
        {
            TopGgWebhookLog.Rejected(_logger, path, result.Rejection.StatusCode, result.Rejection.Reason, result.Rejection.Message);
            await WebhookReplies.ErrorAsync(context, result.Rejection.StatusCode, result.Rejection.Message).ConfigureAwait(false);
            return (result.Rejection.Reason.ToString(), format);
        }

        var webhookEvent = result.Event;
        TopGgWebhookLog.Accepted(_logger, path, WebhookHandlerInvoker.NameOf(webhookEvent), webhookEvent.Format, webhookEvent.TraceId);
        if (webhookEvent is IntegrationCreateEvent integration)
        {
            return (await ReplyToIntegrationAsync(context, path, integration).ConfigureAwait(false), format);
        }

        var key = _options.Deduplicate ? webhookEvent.DeduplicationKey : null;
        if (key is not null && !await _deduplicator.TryClaimAsync(key, context.RequestAborted).ConfigureAwait(false))
        {
            TopGgWebhookLog.Duplicate(_logger, path, key);
            await WebhookReplies.StatusAsync(context, StatusCodes.Status200OK, "duplicate").ConfigureAwait(false);
            return ("duplicate", format);
        }

        if (_options.ProcessingMode == TopGgWebhookProcessingMode.Queued)
        {
            return (await EnqueueAsync(context, path, webhookEvent, key).ConfigureAwait(false), format);
        }

        return (await RunInlineAsync(context, path, webhookEvent, key).ConfigureAwait(false), format);
    }

    private async ValueTask<string> EnqueueAsync(HttpContext context, string path, TopGgWebhookEvent webhookEvent, string? key)
    {
        if (_queue!.TryEnqueue(new QueuedDelivery(webhookEvent, _options.Handler)))
        {
            await WebhookReplies.StatusAsync(context, StatusCodes.Status202Accepted, "queued").ConfigureAwait(false);
            return "queued";
        }

        if (key is not null)
        {
            await _deduplicator.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
        }

        TopGgWebhookLog.QueueFull(_logger, path);
        context.Response.Headers.RetryAfter = "5";
        await WebhookReplies.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "The webhook queue is full; deliver again later.").ConfigureAwait(false);
        return "queue_full";
    }

    private async ValueTask<string> RunInlineAsync(HttpContext context, string path, TopGgWebhookEvent webhookEvent, string? key)
    {
        var handling = WebhookHandlerInvoker.InvokeAsync(_options.Handler, _scopes, webhookEvent, _options.TimeProvider, _stopping);
        if (!await FinishesBeforeDeadlineAsync(handling, context.RequestAborted).ConfigureAwait(false))
        {
            TopGgWebhookLog.HandlerOverran(_logger, path, _options.ReplyDeadline);
            _ = ObserveLateAsync(handling, path, webhookEvent);
            await WebhookReplies.StatusAsync(context, StatusCodes.Status202Accepted, "accepted").ConfigureAwait(false);
            return "overran";
        }

        try
        {
            await handling.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A user's handler may throw anything; Top.gg must get a 500 so it retries.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (key is not null)
            {
                await _deduplicator.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            }

            TopGgWebhookLog.HandlerFailed(_logger, exception, path, WebhookHandlerInvoker.NameOf(webhookEvent));
            await WebhookReplies.ErrorAsync(context, StatusCodes.Status500InternalServerError, "The webhook handler failed; deliver again later.").ConfigureAwait(false);
            return "handler_failed";
        }

        await WebhookReplies.NoContentAsync(context).ConfigureAwait(false);
        return "handled";
    }

    private async ValueTask<string> ReplyToIntegrationAsync(HttpContext context, string path, IntegrationCreateEvent integration)
    {
        var handler = _options.IntegrationHandler ?? ResolveIntegrationHandler(context.RequestServices);
        using var deadline = new CancellationTokenSource(_options.ReplyDeadline, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, _stopping);
        IntegrationCreateReply? reply = null;
        try
        {
            var replying = handler is null ? Task.FromResult(reply) : handler(integration, linked.Token).AsTask();
            if (!await FinishesBeforeDeadlineAsync(replying, context.RequestAborted).ConfigureAwait(false))
            {
                await deadline.CancelAsync().ConfigureAwait(false);
                throw new TimeoutException($"The integration handler did not answer within {_options.ReplyDeadline}.");
            }

            reply = await replying.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever failed, Top.gg gets a 503 and tries the handshake again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            TopGgWebhookLog.IntegrationHandlerFailed(_logger, exception, path, _options.ReplyDeadline);
            await WebhookReplies.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "The integration could not be set up; try again.").ConfigureAwait(false);
            return "integration_failed";
        }

        if (reply is null)
        {
            TopGgWebhookLog.NoIntegrationHandler(_logger, path);
            await WebhookReplies.ErrorAsync(context, StatusCodes.Status501NotImplemented, "This endpoint does not accept integrations.").ConfigureAwait(false);
            return "integration_declined";
        }

        await WebhookReplies.JsonAsync(context, StatusCodes.Status200OK, reply.ToJsonBytes()).ConfigureAwait(false);
        return "integration_connected";
    }

    /// <summary>Waits for <paramref name="task"/> up to the reply deadline, measured on the configured clock.</summary>
    private async Task<bool> FinishesBeforeDeadlineAsync(Task task, CancellationToken requestAborted)
    {
        if (task.IsCompleted)
        {
            return true;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var deadline = Task.Delay(_options.ReplyDeadline, _options.TimeProvider, stop.Token);
        var first = await Task.WhenAny(task, deadline).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        return first == task;
    }

    private async Task ObserveLateAsync(Task handling, string path, TopGgWebhookEvent webhookEvent)
    {
        try
        {
            await handling.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The reply is gone; all that is left is to report the failure.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            TopGgWebhookLog.LateHandlerFailed(_logger, exception, path, WebhookHandlerInvoker.NameOf(webhookEvent));
        }
    }

    /// <summary>The three headers verification reads, straight from Kestrel's header collection (a single value costs no copy).</summary>
    private static TopGgWebhookHeaders ReadHeaders(IHeaderDictionary headers) => new(
        NullIfEmpty(headers.Authorization.ToString()),
        NullIfEmpty(headers[TopGgWebhookSignature.HeaderName].ToString()),
        NullIfEmpty(headers[TopGgWebhookSignature.TraceHeaderName].ToString()));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string FormatName(TopGgWebhookFormat format) => format == TopGgWebhookFormat.V2 ? "v2" : "legacy";

    private static Func<IntegrationCreateEvent, CancellationToken, ValueTask<IntegrationCreateReply?>>? ResolveIntegrationHandler(IServiceProvider services) =>
        services.GetService<ITopGgIntegrationHandler>() is { } registered ? registered.HandleAsync : null;
}
