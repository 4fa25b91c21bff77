namespace Guildhall.TopGg.Webhooks;

/// <summary>The request headers verification reads, taken from whatever server received the delivery.</summary>
/// <param name="Authorization">The <c>Authorization</c> header (legacy deliveries).</param>
/// <param name="Signature">The <c>x-topgg-signature</c> header (V2 deliveries).</param>
/// <param name="Trace">The <c>x-topgg-trace</c> header (V2 deliveries).</param>
public readonly record struct TopGgWebhookHeaders(string? Authorization, string? Signature, string? Trace)
{
    /// <summary>Reads the three headers through a case-insensitive lookup (for example <c>name =&gt; request.Headers[name]</c>).</summary>
    /// <param name="lookup">Returns a header's value, or <see langword="null"/> when it is absent.</param>
    public static TopGgWebhookHeaders From(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return new TopGgWebhookHeaders(
            Empty(lookup("Authorization")),
            Empty(lookup(TopGgWebhookSignature.HeaderName)),
            Empty(lookup(TopGgWebhookSignature.TraceHeaderName)));
    }

    /// <summary>Hides the credentials: a header object may end up in a log line.</summary>
    public override string ToString() =>
        $"Authorization = {(Authorization is null ? "absent" : "***")}, Signature = {(Signature is null ? "absent" : "present")}, Trace = {Trace}";

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
