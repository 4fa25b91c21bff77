using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Support;

public static class TransportFactory
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public static (ApiTransport Transport, StubHandler Handler, TimerAwareClock Time) Create(
        Action<StubHandler>? script = null,
        Func<ApiTransportOptions, ApiTransportOptions>? configure = null)
    {
        var time = new TimerAwareClock(Epoch);
        var handler = new StubHandler();
        script?.Invoke(handler);
        var options = new ApiTransportOptions
        {
            ApiName = "test",
            BaseAddress = new Uri("https://api.example/v1"),
            TimeProvider = time,
            RateLimitStore = new InMemoryRateLimitStore(time),
            Credentials = new AuthorizationHeaderCredential("Bearer secret-token"),
        };
        options = configure?.Invoke(options) ?? options;
        return (new ApiTransport(new HttpClient(handler), options, disposeHttpClient: true), handler, time);
    }

    public static ApiTransportOptions With(
        this ApiTransportOptions options, RetryOptions? retry = null, TimeSpan? timeout = null, TimeSpan? maxRateLimitWait = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null) =>
        new()
        {
            ApiName = options.ApiName,
            BaseAddress = options.BaseAddress,
            TimeProvider = options.TimeProvider,
            RateLimitStore = options.RateLimitStore,
            Credentials = options.Credentials,
            Retry = retry ?? options.Retry,
            Timeout = timeout ?? options.Timeout,
            MaxRateLimitWait = maxRateLimitWait ?? options.MaxRateLimitWait,
            RateLimitHeaders = options.RateLimitHeaders,
            ErrorReader = options.ErrorReader,
            LoggerFactory = loggerFactory ?? options.LoggerFactory,
        };
}
