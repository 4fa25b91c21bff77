using System.Net;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Clients;

/// <summary><see cref="ApiHttpClient.Create(DelegatingHandler[])"/>: the way to see every request a client sends without dependency injection.</summary>
public sealed class HttpClientHandlerTests
{
    [Fact]
    public void Handlers_are_chained_outermost_first_in_front_of_the_recycling_handler()
    {
        var outer = new RecordingHandler("outer");
        var inner = new RecordingHandler("inner");

        using var client = ApiHttpClient.Create(outer, inner);

        Assert.Same(inner, outer.InnerHandler);
        Assert.IsType<SocketsHttpHandler>(inner.InnerHandler);
        Assert.Equal(ApiHttpClient.PooledConnectionLifetime, ((SocketsHttpHandler)inner.InnerHandler!).PooledConnectionLifetime);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Fact]
    public void A_handler_already_in_a_chain_is_refused()
    {
        using var used = new RecordingHandler("used") { InnerHandler = new StubHandler() };

        var error = Assert.Throws<ArgumentException>(() => ApiHttpClient.Create(used));

        Assert.Equal("handlers", error.ParamName);
    }

    [Fact]
    public async Task A_handler_sees_every_attempt_with_the_client_credentials()
    {
        var seen = new List<string?>();
        var handler = new RecordingHandler("probe", request => seen.Add(request.Headers.Authorization?.ToString() ?? request.Headers.GetValues("Authorization").Single()));
        handler.InnerHandler = new StubHandler().Then(HttpStatusCode.BadGateway, "{}").Then(HttpStatusCode.OK, "pong");
        var clock = new TimerAwareClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        await using var client = new SampleClient(new HttpClient(handler), new SampleClientOptions { Key = "sample-key", TimeProvider = clock, RateLimitStore = new Guildhall.Core.RateLimiting.InMemoryRateLimitStore(clock) });

        Assert.Equal("pong", await clock.RunUntilCompleteAsync(client.PingAsync()));

        Assert.Equal(["sample-key", "sample-key"], seen);
    }

    private sealed class RecordingHandler(string name, Action<HttpRequestMessage>? onRequest = null) : DelegatingHandler
    {
        public string Name => name;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onRequest?.Invoke(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
