using Guildhall.Sandbox.Kit;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// Laravel's throttle as osu-web configures it, on the kit's fixed windows: per key (the token, else the client
/// address) a window that starts at the first hit and lasts a minute; a request is refused once the hits reached the
/// limit, and one admitted is charged its whole cost.
/// </summary>
internal sealed class OsuRateLimiter(SandboxFixedWindows windows)
{
    /// <summary>osu-web's default for the API group (<c>API_THROTTLE_GLOBAL</c>).</summary>
    public const int DefaultApiLimit = 1200;

    /// <summary>Laravel's default <c>throttle</c> (on <c>/oauth/token</c>).</summary>
    public const int DefaultTokenLimit = 60;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public int ApiLimit { get; set; } = DefaultApiLimit;

    public int TokenLimit { get; set; } = DefaultTokenLimit;

    /// <summary>Counts <paramref name="cost"/> hits for <paramref name="key"/> unless the limit is already reached.</summary>
    /// <param name="bucket">Which throttle: <c>api</c> or <c>oauth-token</c>, for the counters.</param>
    /// <param name="key">The token, else the client address.</param>
    /// <param name="limit">Hits allowed per window.</param>
    /// <param name="cost">The request's hits.</param>
    /// <param name="enforce">Whether a refusal stands (the sandbox may run without limits); counted either way.</param>
    public SandboxWindowVerdict Hit(string bucket, string key, int limit, int cost, bool enforce) =>
        windows.Take(bucket, key, limit, Window, cost, enforce);
}
