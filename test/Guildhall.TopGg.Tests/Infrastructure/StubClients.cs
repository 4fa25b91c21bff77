using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Testing;

namespace Guildhall.TopGg.Tests.Infrastructure;

/// <summary>Clients wired to a <see cref="StubHandler"/>, each with its own limiter store and clock so tests never share budgets.</summary>
internal static class StubClients
{
    public const ulong BotId = 264811613708746752;

    public static readonly string Token = TestTokens.Create(BotId);

    public static TimerAwareClock NewClock() => new(new DateTimeOffset(2026, 3, 11, 12, 0, 0, TimeSpan.Zero));

    public static TopGgClient Create(StubHandler handler, Action<TopGgClientOptions>? configure = null, TimeProvider? time = null)
    {
        time ??= NewClock();
        var options = new TopGgClientOptions
        {
            Token = Token,
            BaseAddress = new Uri("https://top.gg/api"),
            TimeProvider = time,
            RateLimitStore = new InMemoryRateLimitStore(time),
            Retry = new RetryOptions { MaxRetries = 0 },
        };
        configure?.Invoke(options);
        return new TopGgClient(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, options);
    }
}
