namespace Guildhall.Sandbox.Polympics.State;

/// <summary>One callback the sandbox sent, as listed by <c>GET /_sandbox/polympics/deliveries</c>. The secret is not kept.</summary>
/// <param name="Url">Where it was posted.</param>
/// <param name="Event">The event, <c>account_team_update</c>.</param>
/// <param name="Body">The JSON body that was posted.</param>
/// <param name="StatusCode">The receiver's status, or <see langword="null"/> when no answer came.</param>
/// <param name="Error">Why no answer came (refused, timed out), or <see langword="null"/>.</param>
/// <param name="SentAt">When it was sent, on the sandbox clock.</param>
internal sealed record PolympicsDelivery(string Url, string Event, string Body, int? StatusCode, string? Error, DateTimeOffset SentAt);
