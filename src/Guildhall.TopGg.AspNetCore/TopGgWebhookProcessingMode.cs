namespace Guildhall.TopGg.AspNetCore;

/// <summary>When the handler runs relative to the reply Top.gg waits for (at most 5 seconds).</summary>
public enum TopGgWebhookProcessingMode
{
    /// <summary>
    /// The handler runs before the reply: 204 when it finishes, 500 when it throws (so Top.gg retries). A handler still
    /// running at <see cref="TopGgWebhookEndpointOptions.ReplyDeadline"/> gets a 202 reply and finishes in the background.
    /// </summary>
    Inline = 0,

    /// <summary>
    /// The delivery is verified, put on a bounded queue and answered 202 at once; handlers run in the background and a
    /// failing one is retried (<see cref="TopGgWebhookQueueOptions.HandlerAttempts"/>). A full queue answers 503 so Top.gg
    /// delivers again later.
    /// </summary>
    Queued = 1,
}
