using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg;

/// <summary>Settings of a <see cref="TopGgClient"/>. Every default suits the real service; they are checked when the client is built.</summary>
public sealed class TopGgClientOptions
{
    /// <summary>The real service's base address, <c>https://top.gg/api</c> (v1 routes live under <c>/v1</c> below it).</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://top.gg/api");

    /// <summary>
    /// The API token from the project's "Integrations &amp; API" dashboard page. Required. The bot id used by v0 routes is
    /// read from it.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// Whether <see cref="Token"/> is a legacy token, sent raw (<c>Authorization: &lt;token&gt;</c>) to v0 routes. Legacy
    /// tokens cannot call v1 routes, which answer 401. Default <see langword="false"/>: the token is sent as
    /// <c>Bearer</c> everywhere, which current tokens need on v1 and v0 accepts.
    /// </summary>
    public bool LegacyToken { get; set; }

    /// <summary>The API's base address. Default <see cref="DefaultBaseAddress"/>; point it at the sandbox's <c>/topgg/api</c> to work offline.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The budget of one call, retries and rate-limit waits included. Default 100 s; <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The retry policy (408, 429, 5xx and network errors; only for requests safe to repeat). Default: 3 retries.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// The longest a call waits for a client-side rate-limit slot before it fails with an
    /// <see cref="Guildhall.Core.Errors.ApiRateLimitedException"/>. Default 100 s, enough for a few pages at the
    /// <c>/bots/*</c> pace of 60 a minute.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Added to every rate-limit window (100 per 1 s becomes 100 per 1.1 s). Top.gg counts requests when they arrive,
    /// the client when it sends them; two requests sent a full window apart can arrive closer together when the first
    /// travels slower. The margin absorbs that much difference in latency, so the client never trips the one-hour block.
    /// Default 100 ms.
    /// </summary>
    public TimeSpan RateLimitMargin { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Where the rate-limit buckets live. Default: one in-memory store per <see cref="TimeProvider"/> for the whole
    /// process, so every client holding the same token shares one budget. Use a distributed store when several
    /// processes share a token.
    /// </summary>
    public IRateLimitStore? RateLimitStore { get; set; }

    /// <summary>Choices for v1 routes on which the public SDKs disagree.</summary>
    public TopGgApiCompatibility Compatibility { get; set; } = new();

    /// <summary>The clock for timeouts, backoff and the limiter. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the client logs (never the token); <see langword="null"/> logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range, or the token is unreadable.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Token))
        {
            throw new ArgumentException("A Top.gg API token is required (TopGgClientOptions.Token).", nameof(Token));
        }

        _ = TopGgToken.Parse(Token);
        ArgumentNullException.ThrowIfNull(BaseAddress);
        if (!BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("The Top.gg base address must be absolute.", nameof(BaseAddress));
        }

        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRateLimitWait, TimeSpan.Zero, nameof(MaxRateLimitWait));
        ArgumentOutOfRangeException.ThrowIfLessThan(RateLimitMargin, TimeSpan.Zero, nameof(RateLimitMargin));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RateLimitMargin, TimeSpan.FromSeconds(10), nameof(RateLimitMargin));
        ArgumentNullException.ThrowIfNull(Retry);
        Retry.Validate();
        ArgumentNullException.ThrowIfNull(Compatibility);
        Compatibility.Validate();
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
