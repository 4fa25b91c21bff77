using System.Text;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// Verifies and parses Top.gg deliveries without any web framework: raw body bytes and headers in, a
/// <see cref="TopGgWebhookResult"/> out. Secrets are compared in constant time; V2 signatures must be inside the
/// timestamp window. Thread-safe and allocation-light; create one per configuration and reuse it.
/// </summary>
public sealed class TopGgWebhookVerifier
{
    private readonly TopGgWebhookOptions _options = new();
    private readonly ExpectedAuthorization? _authorization;
    private readonly byte[]? _secretKey;

    /// <summary>Creates a verifier from a copy of <paramref name="options"/>.</summary>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public TopGgWebhookVerifier(TopGgWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        options.CopyTo(_options);
        _authorization = ExpectedAuthorization.For(options.Authorization);
        _secretKey = KeyOf(options.Secret);
    }

    /// <summary>Verifies a delivery with the configured credentials.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="headers">The request's headers.</param>
    public TopGgWebhookResult Verify(ReadOnlySpan<byte> body, TopGgWebhookHeaders headers) =>
        Verify(body, headers, _authorization, _secretKey);

    /// <summary>
    /// Verifies a delivery with credentials chosen for this request, for example the secret of the integration
    /// connection a URL belongs to. A <see langword="null"/> credential falls back to the configured one.
    /// </summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="headers">The request's headers.</param>
    /// <param name="authorization">The legacy <c>Authorization</c> value to expect.</param>
    /// <param name="secret">The V2 secret to verify the signature with.</param>
    public TopGgWebhookResult Verify(ReadOnlySpan<byte> body, TopGgWebhookHeaders headers, string? authorization, string? secret) =>
        Verify(body, headers, ExpectedAuthorization.For(authorization) ?? _authorization, KeyOf(secret) ?? _secretKey);

    /// <summary>Which format a request is in, by the configured <see cref="TopGgWebhookOptions.Format"/> and its headers.</summary>
    /// <param name="headers">The request's headers.</param>
    public TopGgWebhookFormat DetectFormat(TopGgWebhookHeaders headers) => _options.Format switch
    {
        TopGgWebhookFormat.Auto => headers.Signature is null ? TopGgWebhookFormat.Legacy : TopGgWebhookFormat.V2,
        var pinned => pinned,
    };

    private TopGgWebhookResult Verify(ReadOnlySpan<byte> body, TopGgWebhookHeaders headers, ExpectedAuthorization? authorization, byte[]? secretKey)
    {
        if (body.Length > _options.MaxBodyBytes)
        {
            return TopGgWebhookResult.Rejected(
                TopGgWebhookRejectionReason.BodyTooLarge,
                $"The body has {body.Length} bytes; at most {_options.MaxBodyBytes} are accepted.");
        }

        return DetectFormat(headers) == TopGgWebhookFormat.V2
            ? VerifyV2(body, headers, secretKey)
            : VerifyLegacy(body, headers, authorization);
    }

    private TopGgWebhookResult VerifyLegacy(ReadOnlySpan<byte> body, TopGgWebhookHeaders headers, ExpectedAuthorization? expected)
    {
        if (expected is null)
        {
            if (!_options.AllowUnauthenticatedLegacy)
            {
                return TopGgWebhookResult.Rejected(
                    TopGgWebhookRejectionReason.FormatNotConfigured,
                    "This endpoint accepts only signed (V2) deliveries: the request has no x-topgg-signature header.");
            }
        }
        else if (headers.Authorization is null)
        {
            return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.MissingCredentials, "The Authorization header is missing.");
        }
        else if (!expected.Matches(headers.Authorization))
        {
            return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.InvalidCredentials, "The Authorization header does not match the webhook's secret.");
        }

        return TopGgWebhookParser.ParseLegacy(body);
    }

    private TopGgWebhookResult VerifyV2(ReadOnlySpan<byte> body, TopGgWebhookHeaders headers, byte[]? secretKey)
    {
        if (secretKey is null)
        {
            return TopGgWebhookResult.Rejected(
                TopGgWebhookRejectionReason.FormatNotConfigured,
                "This endpoint has no V2 webhook secret configured, so it cannot verify signed deliveries.");
        }

        if (headers.Signature is null)
        {
            return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.MissingCredentials, $"The {TopGgWebhookSignature.HeaderName} header is missing.");
        }

        if (!TopGgWebhookSignature.TryParse(headers.Signature, out var signature))
        {
            return TopGgWebhookResult.Rejected(
                TopGgWebhookRejectionReason.MalformedSignature,
                $"The {TopGgWebhookSignature.HeaderName} header is not of the form t=<unix seconds>,v1=<64 hex digits>.");
        }

        Span<byte> expected = stackalloc byte[32];
        TopGgWebhookSignature.ComputeDigest(secretKey, signature.TimestampText, body, expected);
        var matches = signature.MatchesAny(expected);

        if (!matches)
        {
            return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.InvalidSignature, "The signature does not match the body and the webhook's secret.");
        }

        var skew = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds() - signature.Timestamp;
        if (Math.Abs((double)skew) > _options.TimestampWindow.TotalSeconds)
        {
            return TopGgWebhookResult.Rejected(
                TopGgWebhookRejectionReason.TimestampOutsideWindow,
                $"The signature's timestamp is {Math.Abs(skew)} s in the {(skew > 0 ? "past" : "future")}; at most {_options.TimestampWindow.TotalSeconds:0.###} s is accepted.");
        }

        return TopGgWebhookParser.ParseV2(body, headers.Trace);
    }

    private static byte[]? KeyOf(string? secret) => string.IsNullOrEmpty(secret) ? null : Encoding.UTF8.GetBytes(secret);
}
