namespace Guildhall.Polympics.Json;

/// <summary>The body of <c>POST /auth/discord</c>.</summary>
internal sealed record PolympicsDiscordTokenBody(string Token);
