using Guildhall.Core.Credentials;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Guildhall.Core;

/// <summary>
/// The settings every Guildhall client has: where the API lives, the budget of a call, retries, the rate-limit store,
/// the clock, logging and the <c>User-Agent</c>. Each API's options derive from it, set their API's defaults in their
/// constructor and add their own settings and checks.
/// </summary>
public abstract class ApiClientOptions
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(100);

    /// <summary>Starts the options of one API.</summary>
    /// <param name="apiName">The API's short name in errors, logs and telemetry, for example <c>tatsu</c>.</param>
    /// <param name="baseAddress">The real service's address, the default of <see cref="BaseAddress"/>.</param>
    protected ApiClientOptions(string apiName, Uri baseAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiName);
        ArgumentNullException.ThrowIfNull(baseAddress);
        ApiName = apiName;
        BaseAddress = baseAddress;
        var package = GetType().Assembly.GetName();
        UserAgent = $"{package.Name}/{package.Version?.ToString(3)} (+https://github.com/guildhall)";
    }

    /// <summary>The API's address. The default is the real service; point it at the sandbox to work offline.</summary>
    public Uri BaseAddress { get; set; }

    /// <summary>The budget of one call, retries and rate-limit waits included. Default 100 s; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; set; } = DefaultWait;

    /// <summary>
    /// How failed calls are repeated: 408, 429, 5xx and network errors, and all but 429 only for requests safe to
    /// repeat. Default: 3 retries. Copied when the client is built.
    /// </summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// The longest a call waits for a client-side rate-limit slot before it fails with an
    /// <see cref="ApiRateLimitedException"/>. Default 100 s.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; set; } = DefaultWait;

    /// <summary>
    /// Where the rate-limit buckets live. Default: one in-memory store per clock for the whole process
    /// (<see cref="InMemoryRateLimitStore.For"/>), so every client holding the same credentials shares one budget. Use a
    /// distributed store when several processes share them.
    /// </summary>
    public IRateLimitStore? RateLimitStore { get; set; }

    /// <summary>
    /// The clock for timeouts, backoff and the limiter. Default: the container's clock when the client is registered
    /// with dependency injection, otherwise the system clock.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where the client logs; <see langword="null"/> logs nothing. Credentials never appear in a log line.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The <c>User-Agent</c> header. Default: the client package's name and version with the project's address.</summary>
    public string UserAgent { get; set; }

    /// <summary>The API's short name in errors, logs and telemetry.</summary>
    protected string ApiName { get; }

    /// <summary>Checks the settings; a subclass checks its own first, then calls this.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; <see cref="ArgumentException.ParamName"/> names it.</exception>
    public virtual void Validate()
    {
        ArgumentNullException.ThrowIfNull(BaseAddress);
        if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The {ApiName} base address must be an absolute http or https address.", nameof(BaseAddress));
        }

        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRateLimitWait, TimeSpan.Zero, nameof(MaxRateLimitWait));
        ArgumentException.ThrowIfNullOrWhiteSpace(UserAgent, nameof(UserAgent));
        ArgumentNullException.ThrowIfNull(Retry, nameof(Retry));
        Retry.Validate();
    }

    /// <summary>
    /// Validates the options and builds the transport settings they describe, with the API's own parts. The result is
    /// a snapshot: changing these options afterwards, their <see cref="Retry"/> included, changes nothing.
    /// </summary>
    /// <param name="credentials">Authenticates requests; <see langword="null"/> sends them anonymously.</param>
    /// <param name="errorReader">Reads the API's error bodies; <see langword="null"/> for <see cref="JsonApiErrorReader.Instance"/>.</param>
    /// <param name="rateLimitHeaders">Reads the API's rate-limit headers, if it sends any.</param>
    /// <param name="baseAddress">
    /// The address request paths are relative to, when the API has parts under different roots (an OAuth endpoint
    /// beside the API's own path); <see langword="null"/> for <see cref="BaseAddress"/>.
    /// </param>
    /// <returns>Validated transport settings.</returns>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public ApiTransportOptions ToTransportOptions(
        ICredentialProvider? credentials, IApiErrorReader? errorReader = null, RateLimitHeaderReader? rateLimitHeaders = null, Uri? baseAddress = null)
    {
        Validate();
        var timeProvider = TimeProvider ?? TimeProvider.System;
        var options = new ApiTransportOptions
        {
            ApiName = ApiName,
            BaseAddress = baseAddress ?? BaseAddress,
            Timeout = Timeout,
            Retry = Retry.Copy(),
            MaxRateLimitWait = MaxRateLimitWait,
            RateLimitStore = RateLimitStore ?? InMemoryRateLimitStore.For(timeProvider),
            RateLimitHeaders = rateLimitHeaders,
            Credentials = credentials,
            ErrorReader = errorReader ?? JsonApiErrorReader.Instance,
            UserAgent = UserAgent,
            TimeProvider = timeProvider,
            LoggerFactory = LoggerFactory,
        };
        options.Validate();
        return options;
    }
}
