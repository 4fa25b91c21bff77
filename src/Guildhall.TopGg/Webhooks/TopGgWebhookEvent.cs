namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// A verified delivery from Top.gg. Match on the subclasses: <see cref="TopGgVoteEvent"/> (every vote, whatever the
/// format), <see cref="WebhookTestEvent"/>, <see cref="IntegrationCreateEvent"/>, <see cref="IntegrationDeleteEvent"/>
/// and <see cref="UnknownWebhookEvent"/> (an event type newer than this library).
/// </summary>
public abstract record TopGgWebhookEvent
{
    private protected TopGgWebhookEvent()
    {
    }

    /// <summary>The format the delivery came in.</summary>
    public abstract TopGgWebhookFormat Format { get; }

    /// <summary>
    /// The <c>x-topgg-trace</c> id of a V2 delivery, to quote to Top.gg support; <see langword="null"/> for legacy
    /// deliveries. A V2 delivery without one is still accepted (topggpy 2.0 answers 401): the documentation presents the
    /// trace as a debugging aid, and the signature alone proves where the delivery comes from.
    /// </summary>
    public string? TraceId { get; init; }

    /// <summary>
    /// What identifies this delivery across the service's retries: the vote id for V2 votes, a digest of the body for
    /// legacy votes. <see langword="null"/> for deliveries that are never deduplicated (tests and integration events,
    /// which must reach the handler every time).
    /// </summary>
    public string? DeduplicationKey { get; init; }
}
