namespace Guildhall.Polympics.Json;

/// <summary>The answer of <c>GET /accounts/signups</c>.</summary>
internal sealed record PolympicsSignupsBody(bool SignupsOpen);
