using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// Settings of one webhook endpoint: how deliveries are verified (inherited), who handles them and when. Values set
/// with <c>services.AddTopGgWebhooks(...)</c> are the defaults every <c>MapTopGgWebhooks</c> endpoint starts from.
/// </summary>
public sealed class TopGgWebhookEndpointOptions : TopGgWebhookOptions
{
    /// <summary>The default <see cref="ReplyDeadline"/>: 4 seconds, a second inside Top.gg's 5-second limit.</summary>
    public static readonly TimeSpan DefaultReplyDeadline = TimeSpan.FromSeconds(4);

    private static readonly TimeSpan ServiceReplyLimit = TimeSpan.FromSeconds(5);

    /// <summary>When the handler runs relative to the reply. Default <see cref="TopGgWebhookProcessingMode.Inline"/>.</summary>
    public TopGgWebhookProcessingMode ProcessingMode { get; set; } = TopGgWebhookProcessingMode.Inline;

    /// <summary>
    /// The longest the endpoint holds the reply for an inline handler (or an integration handler). Default 4 seconds;
    /// at most 5, Top.gg's limit, after which it counts the delivery as timed out and sends it again.
    /// </summary>
    public TimeSpan ReplyDeadline { get; set; } = DefaultReplyDeadline;

    /// <summary>
    /// Whether retried deliveries reach the handler once (by <see cref="TopGgWebhookEvent.DeduplicationKey"/>, through
    /// the registered <see cref="IVoteDeduplicator"/>). Default <see langword="true"/>.
    /// </summary>
    public bool Deduplicate { get; set; } = true;

    /// <summary>The handler of this endpoint; <see langword="null"/> resolves <see cref="ITopGgWebhookHandler"/> from the request's services.</summary>
    public Func<TopGgWebhookEvent, CancellationToken, ValueTask>? Handler { get; set; }

    /// <summary>
    /// The <c>integration.create</c> handler; <see langword="null"/> resolves <see cref="ITopGgIntegrationHandler"/> from
    /// the request's services. A handler that returns <see langword="null"/> declines the integration (answered 501).
    /// </summary>
    public Func<IntegrationCreateEvent, CancellationToken, ValueTask<IntegrationCreateReply?>>? IntegrationHandler { get; set; }

    /// <summary>
    /// Picks the V2 secret per request (for example the secret of the integration connection named in the route);
    /// returning <see langword="null"/> falls back to <see cref="TopGgWebhookOptions.Secret"/>.
    /// </summary>
    public Func<HttpContext, ValueTask<string?>>? SecretResolver { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
        if (ReplyDeadline <= TimeSpan.Zero || ReplyDeadline > ServiceReplyLimit)
        {
            throw new ArgumentException($"{nameof(ReplyDeadline)} must be positive and at most 5 seconds, Top.gg's limit.", nameof(ReplyDeadline));
        }

        if (!Enum.IsDefined(ProcessingMode))
        {
            throw new ArgumentException($"{nameof(ProcessingMode)} {(int)ProcessingMode} is not a processing mode.", nameof(ProcessingMode));
        }

        base.Validate();
    }

    /// <inheritdoc />
    protected override bool HasV2SecretSource => base.HasV2SecretSource || SecretResolver is not null;

    /// <summary>A copy, so an endpoint can change its settings without touching the shared defaults.</summary>
    internal TopGgWebhookEndpointOptions Clone()
    {
        var copy = new TopGgWebhookEndpointOptions
        {
            ProcessingMode = ProcessingMode,
            ReplyDeadline = ReplyDeadline,
            Deduplicate = Deduplicate,
            Handler = Handler,
            IntegrationHandler = IntegrationHandler,
            SecretResolver = SecretResolver,
        };
        CopyTo(copy);
        return copy;
    }
}
