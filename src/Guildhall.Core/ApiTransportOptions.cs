using Guildhall.Core.Credentials;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Guildhall.Core;

/// <summary>Settings of one <see cref="ApiTransport"/>. API clients fill these from their own options.</summary>
public sealed class ApiTransportOptions
{
    /// <summary>The API's short name for errors, logs and telemetry, for example <c>topgg</c>.</summary>
    public required string ApiName { get; init; }

    /// <summary>The API's base address; request paths are relative to it. A missing trailing <c>/</c> is added.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The budget of one call: attempts, retry delays and rate-limit waits together. Default 100 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The retry policy.</summary>
    public RetryOptions Retry { get; init; } = new();

    /// <summary>
    /// The longest the limiter waits for a slot before it refuses the call with an
    /// <see cref="ApiRateLimitedException"/> (never longer than what is left of <see cref="Timeout"/>). Default 100 s.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Where bucket state lives. Default: the process-wide store of <see cref="TimeProvider"/> (<see cref="InMemoryRateLimitStore.For"/>).</summary>
    public IRateLimitStore? RateLimitStore { get; init; }

    /// <summary>Reads the API's rate-limit headers, if it sends any.</summary>
    public RateLimitHeaderReader? RateLimitHeaders { get; init; }

    /// <summary>Authenticates requests; <see langword="null"/> sends them anonymously.</summary>
    public ICredentialProvider? Credentials { get; init; }

    /// <summary>Reads error bodies. Default: <see cref="JsonApiErrorReader.Instance"/>.</summary>
    public IApiErrorReader ErrorReader { get; init; } = JsonApiErrorReader.Instance;

    /// <summary>Response headers that carry a request id, checked in order when the body has none.</summary>
    public IReadOnlyList<string> RequestIdHeaders { get; init; } = ["x-request-id", "x-topgg-trace", "cf-ray"];

    /// <summary>The <c>User-Agent</c> sent with every request.</summary>
    public string UserAgent { get; init; } = $"Guildhall/{typeof(ApiTransport).Assembly.GetName().Version?.ToString(3)} (+https://github.com/guildhall)";

    /// <summary>The largest body read into memory; a larger one fails the call. Default 32 MiB.</summary>
    public int MaxResponseBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>The clock for timeouts, backoff and the limiter. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where the pipeline logs; <see langword="null"/> logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Checks the settings; clients call it when they are built.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ApiName);
        ArgumentNullException.ThrowIfNull(BaseAddress);
        if (!BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address of {ApiName} must be absolute.", nameof(BaseAddress));
        }

        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRateLimitWait, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseBytes, 1024);
        ArgumentNullException.ThrowIfNull(Retry);
        Retry.Validate();
    }
}
