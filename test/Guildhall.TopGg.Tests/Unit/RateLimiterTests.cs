using System.Globalization;
using System.Net;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Testing;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Unit;

/// <summary>The client-side limits under a fake clock: Top.gg's 100/s and 60/min are never exceeded, and a 429 blocks the token locally.</summary>
public sealed class RateLimiterTests
{
    private const string VoteJson = """{"created_at":"2026-03-11T11:00:00.1234567+00:00","expires_at":"2026-03-11T23:00:00.1234567Z","weight":1}""";

    [Fact]
    public async Task A_thousand_concurrent_calls_from_several_clients_never_exceed_any_window()
    {
        var clock = StubClients.NewClock();
        var sends = new List<(DateTimeOffset At, string Path)>();
        var handler = new StubHandler((request, _) =>
        {
            lock (sends)
            {
                sends.Add((clock.GetUtcNow(), request.RequestUri!.PathAndQuery));
            }

            var body = request.RequestUri!.AbsolutePath.Contains("/check", StringComparison.Ordinal) ? """{"voted":1}""" : VoteJson;
            return Task.FromResult(StubHandler.Response(HttpStatusCode.OK, body));
        });

        // Four clients holding the same token, with the default store: they must share one budget.
        var clients = Enumerable.Range(0, 4).Select(_ => new TopGgClient(new HttpClient(handler), new TopGgClientOptions
        {
            Token = StubClients.Token,
            TimeProvider = clock,
            Timeout = Timeout.InfiniteTimeSpan,
            MaxRateLimitWait = TimeSpan.FromHours(2),
        })).ToList();
        var calls = Enumerable.Range(1, 1000).Select(i => Task.Run(() => i % 4 == 0
            ? (Task)clients[i % 4].Bots.HasVotedAsync((ulong)i)
            : clients[i % 4].Project.GetVoteAsync((ulong)i, TopGgUserSource.Discord))).ToList();

        await clock.RunUntilAllCompleteAsync(calls, horizon: Timeout.InfiniteTimeSpan);

        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully));
        Assert.Equal(1000, sends.Count);
        var ids = sends.Select(send => send.Path.Contains("/check", StringComparison.Ordinal)
            ? send.Path[(send.Path.IndexOf("userId=", StringComparison.Ordinal) + 7)..]
            : send.Path.Split('/', '?')[6]).ToList();
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(), ids.Order());
        AssertNoWindowExceeds(sends.Select(send => send.At), TimeSpan.FromSeconds(1), 100);
        AssertNoWindowExceeds(sends.Where(send => send.Path.StartsWith("/api/bots", StringComparison.Ordinal)).Select(send => send.At), TimeSpan.FromMinutes(1), 60);
        Assert.Equal(250, sends.Count(send => send.Path.StartsWith("/api/bots", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Bearer {0}")]
    [InlineData("  {0} ")]
    public void The_described_buckets_are_those_the_client_counts_against_however_the_token_is_written(string written)
    {
        var described = TopGgClient.DescribeRateLimits(new TopGgClientOptions { Token = string.Format(CultureInfo.InvariantCulture, written, StubClients.Token) });

        // The client partitions on the token as it sends it: trimmed, without "Bearer ".
        var partition = RateLimitPartition.FromSecret(StubClients.Token);
        Assert.Equal(
            new[] { "global", "bots", "announcements" }.Select(bucket => RateLimitPartition.BucketKey("topgg", partition, bucket)),
            described.Select(bucket => bucket.Rule.Key));
    }

    [Fact]
    public async Task Clients_with_different_tokens_do_not_share_a_budget()
    {
        var clock = StubClients.NewClock();
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, """{"voted":0}""")));
        var store = new InMemoryRateLimitStore(clock);
        using var first = new TopGgClient(new HttpClient(handler), new TopGgClientOptions { Token = TestTokens.Create(1), TimeProvider = clock, RateLimitStore = store, MaxRateLimitWait = TimeSpan.Zero });
        using var second = new TopGgClient(new HttpClient(handler), new TopGgClientOptions { Token = TestTokens.Create(2), TimeProvider = clock, RateLimitStore = store, MaxRateLimitWait = TimeSpan.Zero });

        for (var i = 0; i < 60; i++)
        {
            await first.Bots.HasVotedAsync(7);
        }

        var refused = await Assert.ThrowsAsync<ApiRateLimitedException>(() => first.Bots.HasVotedAsync(7));
        await second.Bots.HasVotedAsync(7);

        Assert.True(refused.IsClientSide);
        Assert.Equal(61, handler.Requests.Count);
    }

    [Fact]
    public async Task After_a_429_calls_fail_fast_until_the_block_ends_then_go_through()
    {
        var clock = StubClients.NewClock();
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, """{"is_weekend":false}""")))
            .Then(HttpStatusCode.TooManyRequests, """{"retry-after":3600}""", configure: response => response.Headers.Add("Retry-After", "3600"));
        using var client = StubClients.Create(handler, options => options.MaxRateLimitWait = TimeSpan.Zero, clock);

        var server = await Assert.ThrowsAsync<ApiRateLimitedException>(() => client.Bots.GetStatsAsync());
        clock.Advance(TimeSpan.FromMinutes(30));
        var local = await Assert.ThrowsAsync<ApiRateLimitedException>(() => client.IsWeekendAsync());
        clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        var lastSecond = await Assert.ThrowsAsync<ApiRateLimitedException>(() => client.Project.GetAsync());
        clock.Advance(TimeSpan.FromSeconds(1));
        var weekend = await client.IsWeekendAsync();

        Assert.False(server.IsClientSide);
        Assert.Equal(TimeSpan.FromHours(1), server.RetryAfter);
        Assert.True(local.IsClientSide);
        Assert.Null(local.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(30), local.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), lastSecond.RetryAfter);
        Assert.False(weekend);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_call_allowed_to_wait_out_the_block_is_sent_when_it_ends()
    {
        var clock = StubClients.NewClock();
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, """{"is_weekend":true}""")))
            .Then(HttpStatusCode.TooManyRequests, "");
        using var client = StubClients.Create(handler, options => { options.MaxRateLimitWait = TimeSpan.FromHours(2); options.Timeout = Timeout.InfiniteTimeSpan; }, clock);
        await Assert.ThrowsAsync<ApiRateLimitedException>(() => client.IsWeekendAsync());

        var waiting = client.IsWeekendAsync();
        await clock.WaitForTimerAsync();

        clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        var stillWaiting = !waiting.IsCompleted && handler.Requests.Count == 1;
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await waiting;

        Assert.True(stillWaiting);
        Assert.True(result);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Retries_never_repeat_a_request_that_is_not_safe_to_repeat()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.ServiceUnavailable, """{"title":"busy"}""")));
        using var client = StubClients.Create(handler, options => options.Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });
        var entry = new TopGgMetricsEntry { Timestamp = StubClients.NewClock().GetUtcNow(), Metrics = new TopGgMetrics { ServerCount = 5 } };

        await Assert.ThrowsAsync<ApiServerException>(() => client.Project.PostAnnouncementAsync(new TopGgNewAnnouncement { Title = "Version 2", Content = "Slash commands everywhere." }));
        await Assert.ThrowsAsync<ApiServerException>(() => client.Project.PostMetricsBatchAsync([entry]));
        var announcementAndBatch = handler.Requests.Count;
        await Assert.ThrowsAsync<ApiServerException>(() => client.Bots.GetStatsAsync());

        Assert.Equal(2, announcementAndBatch);
        Assert.Equal(2 + 4, handler.Requests.Count);
    }

    private static void AssertNoWindowExceeds(IEnumerable<DateTimeOffset> times, TimeSpan window, int limit)
    {
        // A window is half-open, [t, t + window): a request exactly one window after another falls in the next window,
        // as in any sliding or fixed window the API keeps (and over a network it always arrives later still).
        var sorted = times.Order().ToList();
        for (int start = 0, end = 0; start < sorted.Count; start++)
        {
            while (end < sorted.Count && sorted[end] < sorted[start] + window)
            {
                end++;
            }

            Assert.True(end - start <= limit, $"{end - start} requests within {window} from {sorted[start]:O}, more than {limit}.");
        }
    }
}
