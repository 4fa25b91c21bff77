namespace Guildhall.TopGg.Webhooks;

/// <summary>Why a delivery was refused, in words safe to log and to send back (never a secret or the body).</summary>
/// <param name="Reason">The kind of failure.</param>
/// <param name="Message">A sentence explaining it.</param>
public sealed record TopGgWebhookRejection(TopGgWebhookRejectionReason Reason, string Message)
{
    /// <summary>
    /// The status to answer with. All are 4xx, which Top.gg does not retry: a delivery that failed verification would
    /// fail it again.
    /// </summary>
    public int StatusCode => Reason switch
    {
        TopGgWebhookRejectionReason.MissingCredentials or TopGgWebhookRejectionReason.InvalidCredentials or TopGgWebhookRejectionReason.FormatNotConfigured => 401,
        TopGgWebhookRejectionReason.InvalidSignature or TopGgWebhookRejectionReason.TimestampOutsideWindow => 403,
        TopGgWebhookRejectionReason.MalformedSignature or TopGgWebhookRejectionReason.MalformedBody => 400,
        TopGgWebhookRejectionReason.InvalidPayload => 422,
        TopGgWebhookRejectionReason.BodyTooLarge => 413,
        _ => 400,
    };
}
