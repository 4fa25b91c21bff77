using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Guildhall.Tatsu;

/// <summary>Settings of a <see cref="TatsuClient"/>, validated when the client is built; later changes do not affect it.</summary>
public sealed class TatsuClientOptions
{
    /// <summary>
    /// The API key, sent raw as the <c>Authorization</c> header (Tatsu uses no scheme). Create one with
    /// <c>t!apikey create</c> in Discord. Required.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The API's address. Default <see cref="TatsuDefaults.BaseAddress"/>; point it at the sandbox's <c>/tatsu/v1/</c> for offline work.</summary>
    public Uri BaseAddress { get; set; } = TatsuDefaults.BaseAddress;

    /// <summary>The budget of one call, retries and rate-limit waits included. Default <see cref="TatsuDefaults.Timeout"/>.</summary>
    public TimeSpan Timeout { get; set; } = TatsuDefaults.Timeout;

    /// <summary>
    /// How calls are repeated. Reads are repeated after a 5xx, a 408 or a network error; changes (PATCH) only after a
    /// 429, when the server provably did nothing. Default: <see cref="TatsuDefaults.MaxRetries"/> retries.
    /// </summary>
    public RetryOptions Retry { get; set; } = new() { MaxRetries = TatsuDefaults.MaxRetries };

    /// <summary>How long a call may wait for a rate-limit slot before it fails. Default <see cref="TatsuDefaults.MaxRateLimitWait"/>.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TatsuDefaults.MaxRateLimitWait;

    /// <summary>The requests per minute the key may make. Default <see cref="TatsuDefaults.RequestsPerMinute"/>; the server's headers correct it.</summary>
    public int RequestsPerMinute { get; set; } = TatsuDefaults.RequestsPerMinute;

    /// <summary>
    /// Where the rate budget lives. Default: one in-memory store per clock, shared by every client of the process, so
    /// all clients holding the same key share its 60 requests a minute. Use a distributed store to share it across
    /// processes.
    /// </summary>
    public IRateLimitStore? RateLimitStore { get; set; }

    /// <summary>The clock for timeouts, backoff and the limiter. Default: the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where the client logs; null logs nothing. The key never appears in a log line.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The <c>User-Agent</c> header. Default: <c>Guildhall.Tatsu/{version}</c> with the project's address.</summary>
    public string UserAgent { get; set; } = $"Guildhall.Tatsu/{typeof(TatsuClientOptions).Assembly.GetName().Version?.ToString(3)} (+https://github.com/guildhall)";

    /// <summary>A copy whose unset clock and logger factory are filled in, for example from the DI container.</summary>
    internal TatsuClientOptions WithDefaults(TimeProvider? timeProvider, ILoggerFactory? loggerFactory) => new()
    {
        ApiKey = ApiKey,
        BaseAddress = BaseAddress,
        Timeout = Timeout,
        Retry = Retry,
        MaxRateLimitWait = MaxRateLimitWait,
        RequestsPerMinute = RequestsPerMinute,
        RateLimitStore = RateLimitStore,
        TimeProvider = TimeProvider ?? timeProvider,
        LoggerFactory = LoggerFactory ?? loggerFactory,
        UserAgent = UserAgent,
    };

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; the message names it (never the key's value).</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("A Tatsu API key is required (create one with 't!apikey create' in Discord).", nameof(ApiKey));
        }

        if (ApiKey.AsSpan().Trim().Length != ApiKey.Length || ApiKey.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("The Tatsu API key has surrounding white space or a line break; paste it exactly.", nameof(ApiKey));
        }

        if (ApiKey.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Tatsu sends the API key without a scheme; remove the \"Bearer \" prefix.", nameof(ApiKey));
        }

        ArgumentNullException.ThrowIfNull(BaseAddress);
        if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The Tatsu base address must be an absolute http or https address.", nameof(BaseAddress));
        }

        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRateLimitWait, TimeSpan.Zero, nameof(MaxRateLimitWait));
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestsPerMinute, 1, nameof(RequestsPerMinute));
        ArgumentException.ThrowIfNullOrWhiteSpace(UserAgent, nameof(UserAgent));
        ArgumentNullException.ThrowIfNull(Retry, nameof(Retry));
        Retry.Validate();
    }
}
