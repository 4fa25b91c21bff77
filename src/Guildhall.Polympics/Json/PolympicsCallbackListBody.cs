namespace Guildhall.Polympics.Json;

/// <summary>The answer of <c>GET /callbacks</c>: event name to URL.</summary>
internal sealed record PolympicsCallbackListBody(IReadOnlyDictionary<string, Uri> Callbacks);
