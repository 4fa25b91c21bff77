namespace Guildhall.TopGg.Webhooks;

/// <summary>Why a delivery was refused. Each reason maps to the HTTP status Top.gg should see (<see cref="TopGgWebhookRejection.StatusCode"/>).</summary>
public enum TopGgWebhookRejectionReason
{
    /// <summary>No <c>Authorization</c> (legacy) or <c>x-topgg-signature</c> (V2) header. HTTP 401.</summary>
    MissingCredentials = 1,

    /// <summary>The <c>Authorization</c> header does not match the configured secret. HTTP 401.</summary>
    InvalidCredentials,

    /// <summary>The delivery's format has no credential configured here (for example a legacy delivery where only a V2 secret is set). HTTP 401.</summary>
    FormatNotConfigured,

    /// <summary>The <c>x-topgg-signature</c> header is not <c>t=…,v1=…</c>. HTTP 400.</summary>
    MalformedSignature,

    /// <summary>The signature does not match the body and the secret. HTTP 403.</summary>
    InvalidSignature,

    /// <summary>The signature is valid but its timestamp is outside the accepted window (a replay or a skewed clock). HTTP 403.</summary>
    TimestampOutsideWindow,

    /// <summary>The body is not a JSON object. HTTP 400.</summary>
    MalformedBody,

    /// <summary>The body is JSON but lacks a required field or has one of the wrong type. HTTP 422.</summary>
    InvalidPayload,

    /// <summary>The body is larger than the configured cap. HTTP 413.</summary>
    BodyTooLarge,
}
