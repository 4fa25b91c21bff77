namespace Guildhall.Core.RateLimiting;

/// <summary>What an API's rate-limit headers said about a bucket (for example <c>X-RateLimit-Remaining</c> and <c>-Reset</c>).</summary>
/// <param name="Limit">The server's limit per window, if it said.</param>
/// <param name="Remaining">Requests the server will still accept before <paramref name="ResetAt"/>.</param>
/// <param name="ResetAt">When the server's window resets.</param>
public readonly record struct RateLimitServerState(int? Limit, int Remaining, DateTimeOffset ResetAt);
