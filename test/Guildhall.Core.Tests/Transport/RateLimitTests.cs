using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Core.Tests.Support;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Transport;

public sealed class RateLimitTests
{
    private static ApiRequest Limited(params RateLimitRule[] rules) => new(HttpMethod.Get, "things") { RateLimits = rules };

    [Fact]
    public async Task Calls_beyond_the_window_wait_instead_of_failing()
    {
        var rule = new RateLimitRule("test:a:minute", 3, TimeSpan.FromMinutes(1));
        var sentAt = new List<DateTimeOffset>();
        var (limited, recorder, clock) = TransportFactory.Create();
        for (var i = 0; i < 5; i++)
        {
            recorder.Then((_, _) =>
            {
                lock (sentAt)
                {
                    sentAt.Add(clock.GetUtcNow());
                }

                return Task.FromResult(StubHandler.Response(HttpStatusCode.OK, "{}"));
            });
        }

        var calls = Enumerable.Range(0, 5).Select(_ => limited.SendAsync(Limited(rule))).ToArray();
        await clock.RunUntilCompleteAsync(Task.WhenAll(calls));

        Assert.Equal(5, sentAt.Count);
        Assert.Equal(3, sentAt.Count(at => at < TransportFactory.Epoch + TimeSpan.FromMinutes(1)));
        Assert.True(sentAt.Max() >= TransportFactory.Epoch + TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_wait_longer_than_allowed_is_refused_locally_without_sending()
    {
        var rule = new RateLimitRule("test:b:hour", 1, TimeSpan.FromHours(1));
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule)));
        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule))));

        Assert.True(error.IsClientSide);
        Assert.Null(error.StatusCode);
        Assert.InRange(error.RetryAfter, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1) + RateLimitRule.ClockGranularity);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_429_blocks_every_bucket_of_the_request_and_later_calls_fail_fast_until_it_ends()
    {
        var global = new RateLimitRule("test:c:global", 100, TimeSpan.FromSeconds(1));
        var route = new RateLimitRule("test:c:bots", 60, TimeSpan.FromMinutes(1));
        var (transport, handler, time) = TransportFactory.Create(h => h
            .Then(HttpStatusCode.TooManyRequests, "{\"retry-after\":3600}", configure: r => r.Headers.Add("Retry-After", "3600"))
            .Then(HttpStatusCode.OK, "{}"));

        var first = await Assert.ThrowsAsync<ApiRateLimitedException>(() => time.RunUntilCompleteAsync(transport.SendAsync(Limited(global, route))));
        Assert.False(first.IsClientSide);

        time.Advance(TimeSpan.FromMinutes(30));
        var second = await Assert.ThrowsAsync<ApiRateLimitedException>(() => time.RunUntilCompleteAsync(transport.SendAsync(Limited(global))));
        Assert.True(second.IsClientSide);
        Assert.Equal(TimeSpan.FromMinutes(30), second.RetryAfter);
        Assert.Contains("blocked", second.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);

        time.Advance(TimeSpan.FromMinutes(30));
        await time.RunUntilCompleteAsync(transport.SendAsync(Limited(global)));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Server_headers_correct_the_budget()
    {
        var rule = new RateLimitRule("test:d:minute", 60, TimeSpan.FromMinutes(1));
        var resetAt = TransportFactory.Epoch + TimeSpan.FromSeconds(30);
        var (transport, handler, time) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.OK, "{}", configure: r =>
            {
                r.Headers.Add("X-RateLimit-Limit", "60");
                r.Headers.Add("X-RateLimit-Remaining", "0");
                r.Headers.Add("X-RateLimit-Reset", resetAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            }).Then(HttpStatusCode.OK, "{}"),
            o => new ApiTransportOptions
            {
                ApiName = o.ApiName, BaseAddress = o.BaseAddress, TimeProvider = o.TimeProvider, RateLimitStore = o.RateLimitStore,
                RateLimitHeaders = RateLimitHeaders.XRateLimit(TimeSpan.FromMinutes(1)),
            });

        await time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule)));
        var snapshot = await transport.GetRateLimitAsync(rule);
        Assert.Equal(0, snapshot.Remaining);

        await time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule)));
        Assert.True(time.GetUtcNow() >= resetAt, "the second call must wait for the server's reset");
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_a_slot_throws_and_sends_nothing()
    {
        var rule = new RateLimitRule("test:e:minute", 1, TimeSpan.FromMinutes(1));
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, "{}"));
        await time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule)));

        using var cancellation = new CancellationTokenSource();
        var waiting = transport.SendAsync(Limited(rule), cancellation.Token);
        time.Advance(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_request_in_flight_holds_its_slot_and_the_window_starts_at_its_answer()
    {
        var rule = new RateLimitRule("test:{f}:slow", 1, TimeSpan.FromSeconds(10));
        var sentAt = new List<DateTimeOffset>();
        var (transport, handler, time) = TransportFactory.Create();
        handler.Then(async (_, cancellationToken) =>
        {
            sentAt.Add(time.GetUtcNow());
            await Task.Delay(TimeSpan.FromSeconds(30), time, cancellationToken);
            return StubHandler.Response(HttpStatusCode.OK, "{}");
        }).Then((_, _) =>
        {
            sentAt.Add(time.GetUtcNow());
            return Task.FromResult(StubHandler.Response(HttpStatusCode.OK, "{}"));
        });

        var slow = transport.SendAsync(Limited(rule));
        var next = transport.SendAsync(Limited(rule));
        // Two tasks, so the clock moves only once both are parked on it: the slow one in its answer, the next one in its wait.
        await time.RunUntilAllCompleteAsync([slow, next]);
        await Task.WhenAll(slow, next);

        // The API counts the slow request whenever it arrives, up to its answer at 30 s: the next one must wait a full
        // window after that (and the clock granularity), not a window after the first was sent.
        Assert.Equal([TransportFactory.Epoch, TransportFactory.Epoch + TimeSpan.FromSeconds(40) + RateLimitRule.ClockGranularity], sentAt);
    }

    [Fact]
    public async Task A_request_that_fails_returns_its_slot_so_the_next_waits_one_window_from_the_failure()
    {
        var rule = new RateLimitRule("test:{g}:failing", 1, TimeSpan.FromSeconds(10));
        var (transport, handler, time) = TransportFactory.Create(configure: o => o.With(retry: new RetryOptions { MaxRetries = 0 }));
        handler.Then(async (_, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), time, cancellationToken);
            throw new HttpRequestException("connection reset", null, HttpStatusCode.BadGateway);
        }).Then(HttpStatusCode.OK, "{}");

        await Assert.ThrowsAsync<HttpRequestException>(() => time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule))));
        await time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule)));

        Assert.Equal(2, handler.Requests.Count);
        Assert.InRange(time.GetUtcNow() - TransportFactory.Epoch, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(16));
    }

    [Fact]
    public async Task A_request_cancelled_in_flight_returns_its_slot()
    {
        var rule = new RateLimitRule("test:{h}:cancelled", 1, TimeSpan.FromSeconds(10));
        var (transport, handler, time) = TransportFactory.Create();
        handler.Then(async (_, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(5), time, cancellationToken);
            return StubHandler.Response(HttpStatusCode.OK, "{}");
        }).Then(HttpStatusCode.OK, "{}");

        using var cancellation = new CancellationTokenSource();
        var cancelled = transport.SendAsync(Limited(rule), cancellation.Token);
        await time.RunUntilCompleteAsync(Task.Delay(TimeSpan.FromSeconds(3), time));
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        var snapshot = await transport.GetRateLimitAsync(rule);
        await time.RunUntilCompleteAsync(transport.SendAsync(Limited(rule)));

        Assert.Equal(TransportFactory.Epoch + TimeSpan.FromSeconds(13) + RateLimitRule.ClockGranularity, snapshot.NextSlotAt);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task An_answer_is_not_lost_when_the_store_cannot_record_its_completion()
    {
        var rule = new RateLimitRule("test:{i}:store-down", 5, TimeSpan.FromSeconds(10));
        var (transport, _, _) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.OK, """{"ok":true}"""),
            o => new ApiTransportOptions { ApiName = o.ApiName, BaseAddress = o.BaseAddress, TimeProvider = o.TimeProvider, RateLimitStore = new CompletionFailingStore(o.RateLimitStore!) });

        var response = await transport.SendAsync(Limited(rule));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The slot was never completed: it keeps counting, which is the safe side.
        Assert.Equal(4, (await transport.GetRateLimitAsync(rule)).Remaining);
    }

    [Fact]
    public async Task A_call_refused_only_by_the_servers_count_goes_as_soon_as_an_answer_on_its_way_gives_a_slot_back()
    {
        var race = await ThirdCallBehindAnAnswerOnItsWayAsync("test:{j}:server-count", countedFirstReports: 2);
        var refusedWhileTheFirstWasInFlight = !race.Third.IsCompleted && race.Handler.Requests.Count == 2;

        // The first answer (2 left) proves it was counted before the second: a slot is free, and nobody moved the clock.
        race.CountedFirstAnswers.SetResult();
        await Task.WhenAll(race.CountedFirst, race.Third).WaitAsync(Poll.DefaultBound);

        Assert.True(refusedWhileTheFirstWasInFlight);
        Assert.Equal(3, race.Handler.Requests.Count);
        Assert.Equal(TransportFactory.Epoch, race.Time.GetUtcNow());
    }

    [Fact]
    public async Task An_answer_that_confirms_the_servers_count_leaves_the_call_refused_locally()
    {
        var race = await ThirdCallBehindAnAnswerOnItsWayAsync("test:{k}:server-count", countedFirstReports: 0);
        race.CountedFirstAnswers.SetResult();

        // The first answer (0 left) is the server's freshest word: nothing is given back, and the reset is further away
        // than the call may wait.
        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => race.Third.WaitAsync(Poll.DefaultBound));
        await race.CountedFirst;
        Assert.True(error.IsClientSide);
        Assert.Equal(2, race.Handler.Requests.Count);
        Assert.Equal(TransportFactory.Epoch, race.Time.GetUtcNow());
    }

    /// <summary>
    /// Three calls against a server that resets its count 30 s from the start and reports it in <c>X-RateLimit-*</c>;
    /// each call may wait 10 s for a slot. The server counts the first request, then the second, whose answer (1 left)
    /// arrives first: the store must assume the first may still reach the server, so it believes none is left when the
    /// third call asks. The first answer, reporting <paramref name="countedFirstReports"/> left, waits for
    /// <see cref="ThirdCall.CountedFirstAnswers"/>; a third request is answered with 0 left.
    /// </summary>
    private static async Task<ThirdCall> ThirdCallBehindAnAnswerOnItsWayAsync(string bucket, int countedFirstReports)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reset = (TransportFactory.Epoch + TimeSpan.FromSeconds(30)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        HttpResponseMessage Reporting(int remaining)
        {
            var response = StubHandler.Response(HttpStatusCode.OK, "{}");
            response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Headers.Add("X-RateLimit-Reset", reset);
            return response;
        }

        var (transport, handler, time) = TransportFactory.Create(
            h => h
                .Then(async (_, cancellationToken) =>
                {
                    await release.Task.WaitAsync(cancellationToken);
                    return Reporting(countedFirstReports);
                })
                .Then((_, _) => Task.FromResult(Reporting(1)))
                .Then((_, _) => Task.FromResult(Reporting(0))),
            o => new ApiTransportOptions
            {
                ApiName = o.ApiName, BaseAddress = o.BaseAddress, TimeProvider = o.TimeProvider, RateLimitStore = o.RateLimitStore,
                MaxRateLimitWait = TimeSpan.FromSeconds(10), RateLimitHeaders = RateLimitHeaders.XRateLimit(TimeSpan.FromMinutes(1)),
            });
        var rule = new RateLimitRule(bucket, 60, TimeSpan.FromMinutes(1));
        var countedFirst = transport.SendAsync(Limited(rule));
        await Poll.UntilAsync(() => handler.Requests.Count == 1, "the first request to reach the server");
        await transport.SendAsync(Limited(rule));
        return new ThirdCall(handler, time, countedFirst, transport.SendAsync(Limited(rule)), release);
    }

    private sealed record ThirdCall(StubHandler Handler, TimerAwareClock Time, Task<ApiResponse> CountedFirst, Task<ApiResponse> Third, TaskCompletionSource CountedFirstAnswers);

    /// <summary>A store whose completions fail, as a shared store does when its server is unreachable.</summary>
    private sealed class CompletionFailingStore(IRateLimitStore inner) : IRateLimitStore
    {
        public ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default) =>
            inner.TryAcquireAsync(rules, maxInFlight, cancellationToken);

        public ValueTask CompleteAsync(RateLimitLease lease, RateLimitServerState? serverState = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The store is unreachable.");

        public ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default) => inner.BlockAsync(key, until, cancellationToken);

        public ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default) => inner.GetSnapshotAsync(rule, cancellationToken);
    }
}
