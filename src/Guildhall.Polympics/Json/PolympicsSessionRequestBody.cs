namespace Guildhall.Polympics.Json;

/// <summary>The body of <c>POST /auth/create_session</c>.</summary>
internal sealed record PolympicsSessionRequestBody(ulong Account);
