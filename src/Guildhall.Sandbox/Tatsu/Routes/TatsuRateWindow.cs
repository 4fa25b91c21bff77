namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>What the rate limiter decided for one request, and the values of the three rate-limit headers.</summary>
/// <param name="Allowed">Whether the request may go on.</param>
/// <param name="Limit">The requests allowed per window (<c>X-RateLimit-Limit</c>).</param>
/// <param name="Remaining">The requests left in the window after this one (<c>X-RateLimit-Remaining</c>).</param>
/// <param name="ResetUnixSeconds">When the window ends, in Unix seconds rounded up (<c>X-RateLimit-Reset</c>).</param>
internal readonly record struct TatsuRateWindow(bool Allowed, int Limit, int Remaining, long ResetUnixSeconds);
