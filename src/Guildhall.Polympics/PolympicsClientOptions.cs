using Guildhall.Core;
using Microsoft.Extensions.Logging;

namespace Guildhall.Polympics;

/// <summary>Settings of a Polympics client; checked when the client is built.</summary>
public sealed class PolympicsClientOptions
{
    /// <summary>The server, default <see cref="PolympicsDefaults.BaseAddress"/>. The sandbox serves it at <c>{sandbox}/polympics/</c>.</summary>
    public Uri BaseAddress { get; set; } = PolympicsDefaults.BaseAddress;

    /// <summary>The budget of one call, retries included; default <see cref="PolympicsDefaults.Timeout"/>.</summary>
    public TimeSpan Timeout { get; set; } = PolympicsDefaults.Timeout;

    /// <summary>How failed calls are repeated (only idempotent ones after a 5xx or a network error).</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>The clock for timeouts and backoff; default the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the client logs; <see langword="null"/> logs nothing. Tokens are never logged.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The <c>User-Agent</c> header; default <see cref="PolympicsDefaults.UserAgent"/>.</summary>
    public string UserAgent { get; set; } = PolympicsDefaults.UserAgent;

    /// <summary>The transport settings these options make.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    internal ApiTransportOptions ToTransportOptions(Core.Credentials.ICredentialProvider? credentials)
    {
        ArgumentNullException.ThrowIfNull(BaseAddress);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(UserAgent);
        var options = new ApiTransportOptions
        {
            ApiName = PolympicsDefaults.ApiName,
            BaseAddress = BaseAddress,
            Timeout = Timeout,
            Retry = Retry,
            TimeProvider = TimeProvider,
            LoggerFactory = LoggerFactory,
            Credentials = credentials,
            UserAgent = UserAgent,
        };
        options.Validate();
        return options;
    }
}
