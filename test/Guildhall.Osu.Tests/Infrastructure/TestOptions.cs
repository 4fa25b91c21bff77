using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Osu.Tests.Infrastructure;

internal static class TestOptions
{
    public static readonly DateTimeOffset Start = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    public static OsuClientOptions Create(TimeProvider? time = null)
    {
        var clock = time ?? new FakeTimeProvider(Start);
        return new OsuClientOptions
        {
            BaseAddress = new Uri("https://osu.test/"),
            ClientId = StubOsuServer.ClientId,
            ClientSecret = StubOsuServer.ClientSecret,
            RedirectUri = new Uri("http://127.0.0.1:7270/callback"),
            TimeProvider = clock,
            RateLimitStore = new Core.RateLimiting.InMemoryRateLimitStore(clock),
            Retry = new Core.RetryOptions { MaxRetries = 0 },
            // The stub server counts nothing, and the fake clock moves only when a test moves it: tests about the
            // budget set their own.
            RequestsPerMinute = 1200,
        };
    }
}
