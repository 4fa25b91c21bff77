namespace Guildhall.Polympics.Json;

/// <summary>The body of <c>PUT /callback/{event}</c>.</summary>
internal sealed record PolympicsCallbackBody(Uri Url, string Secret);
