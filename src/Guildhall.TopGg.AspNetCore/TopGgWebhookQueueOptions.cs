namespace Guildhall.TopGg.AspNetCore;

/// <summary>The background queue of <see cref="TopGgWebhookProcessingMode.Queued"/> endpoints, shared by every endpoint of an application.</summary>
public sealed class TopGgWebhookQueueOptions
{
    /// <summary>How many deliveries may wait; when full, deliveries are answered 503 and Top.gg retries them. Default 1,024.</summary>
    public int Capacity { get; set; } = 1024;

    /// <summary>How many handlers run at once. Default 1, so votes are handled in the order they arrived.</summary>
    public int Concurrency { get; set; } = 1;

    /// <summary>How many times a failing handler is run for one delivery before it is logged as lost. Default 3.</summary>
    public int HandlerAttempts { get; set; } = 3;

    /// <summary>The pause before the first repeat of a failed handler; it doubles for each further repeat. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (Capacity <= 0)
        {
            throw new ArgumentException($"{nameof(Capacity)} must be positive.", nameof(Capacity));
        }

        if (Concurrency <= 0)
        {
            throw new ArgumentException($"{nameof(Concurrency)} must be positive.", nameof(Concurrency));
        }

        if (HandlerAttempts <= 0)
        {
            throw new ArgumentException($"{nameof(HandlerAttempts)} must be positive.", nameof(HandlerAttempts));
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(RetryDelay)} cannot be negative.", nameof(RetryDelay));
        }
    }
}
