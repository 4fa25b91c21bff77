using System.Collections.Concurrent;
using System.Net;
using Guildhall.Osu.Authentication;
using Guildhall.Testing;
using Guildhall.TopGg.AspNetCore;
using Microsoft.Extensions.Logging;

namespace Guildhall.Redis.Tests;

/// <summary>
/// The shared parts other than the rate budget (osu! sessions, vote deduplication, the vote stream) while a redis-server
/// of the test's own is stopped and started again: each holds the policy its options chose, finds Redis again without a
/// restart, and counts what it did.
/// </summary>
public sealed class SharedStateOutageTests : IAsyncLifetime
{
    private const string Authorization = "outage-auth";
    private static readonly OsuTokenOwner Owner = OsuTokenOwner.For(new Uri("https://osu.ppy.sh/"), 40070, "the-application-secret");
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
    private RestartableRedis _redis = null!;

    public async Task InitializeAsync() => _redis = await RestartableRedis.StartAsync(persistent: true);

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task The_deduplicator_under_the_local_fallback_claims_in_memory_during_the_outage_and_in_redis_after_it()
    {
        using var counter = new OutageCallCounter();
        var deduplicator = new RedisVoteDeduplicator(_redis.Connection, DeduplicatorOptions(RedisOutagePolicy.LocalFallback));
        Assert.True(await deduplicator.TryClaimAsync("before"));

        await _redis.StopAsync();
        var first = await deduplicator.TryClaimAsync("during");
        var repeat = await deduplicator.TryClaimAsync("during");
        var claimedBefore = await deduplicator.TryClaimAsync("before");
        _redis.Start();
        await Poll.UntilAsync(() => _redis.Connection.IsConnected, "the connection to find the restarted redis-server");
        var after = await deduplicator.TryClaimAsync("after");

        Assert.True(first);
        Assert.False(repeat);
        // Only this process's memory answered: it never saw the claim made in Redis before the outage.
        Assert.True(claimedBefore);
        Assert.True(after);
        Assert.True(await _redis.Connection.GetDatabase().KeyExistsAsync(_prefix + "after"));
        Assert.False(await _redis.Connection.GetDatabase().KeyExistsAsync(_prefix + "during"));
        Assert.Equal(3, counter.Of("vote_deduplication", "local_fallback"));
    }

    [Fact]
    public async Task The_deduplicator_failing_closed_refuses_with_a_typed_error_and_makes_a_release_it_could_not_make_once_redis_is_back()
    {
        using var counter = new OutageCallCounter();
        var deduplicator = new RedisVoteDeduplicator(_redis.Connection, DeduplicatorOptions(RedisOutagePolicy.FailClosed));
        Assert.True(await deduplicator.TryClaimAsync("handler-failed"));

        await _redis.StopAsync();
        // The handler failed, so Top.gg delivers again: the claim must go, though Redis cannot be reached now.
        await deduplicator.ReleaseAsync("handler-failed");
        var refused = await Assert.ThrowsAsync<SharedStateUnavailableException>(async () => await deduplicator.TryClaimAsync("during"));
        _redis.Start();
        await Poll.UntilAsync(() => _redis.Connection.IsConnected, "the connection to find the restarted redis-server");
        var retried = await deduplicator.TryClaimAsync("handler-failed");

        Assert.Equal("vote_deduplication", refused.Part);
        Assert.True(retried);
        Assert.True(counter.Of("vote_deduplication", "release_deferred") >= 1);
        Assert.Equal(1, counter.Of("vote_deduplication", "failed_closed"));
    }

    [Fact]
    public async Task The_token_repository_under_the_local_fallback_serves_the_last_known_session_and_warns_of_a_write_kept_locally()
    {
        using var logs = new CapturingLoggerProvider();
        using var counter = new OutageCallCounter();
        var options = new RedisOsuTokenRepositoryOptions { KeyPrefix = _prefix };
        options.Outage.Policy = RedisOutagePolicy.LocalFallback;
        options.Outage.LoggerFactory = logs.CreateFactory();
        var repository = new RedisOsuTokenRepository(_redis.Connection, options);
        var other = new RedisOsuTokenRepository(_redis.Connection, new RedisOsuTokenRepositoryOptions { KeyPrefix = _prefix });
        await repository.AddAsync(Owner, 7, Token("shared"));

        await _redis.StopAsync();
        var served = await repository.GetAsync(Owner, 7);
        await repository.UpdateAsync(Owner, 7, Token("refreshed-locally"));
        var servedAfterWrite = await repository.GetAsync(Owner, 7);
        var otherRefused = await Assert.ThrowsAsync<SharedStateUnavailableException>(async () => await other.GetAsync(Owner, 7));
        _redis.Start();
        await Poll.UntilAsync(() => _redis.Connection.IsConnected, "the connection to find the restarted redis-server");
        var afterwards = await repository.GetAsync(Owner, 7);

        Assert.Equal("access-shared", served?.AccessToken);
        Assert.Equal("access-refreshed-locally", servedAfterWrite?.AccessToken);
        Assert.Equal("osu_tokens", otherRefused.Part);
        // Back on Redis, which never saw the local write: the divergence the warning announced.
        Assert.Equal("access-shared", afterwards?.AccessToken);
        var warning = Assert.Single(logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("session 7", StringComparison.Ordinal));
        Assert.Contains("diverge", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, counter.Of("osu_tokens", "local_fallback"));
        Assert.All(logs.Lines, line => Assert.DoesNotContain("access-", line.ToString(), StringComparison.Ordinal));
        Assert.All(logs.Lines, line => Assert.DoesNotContain("refresh-", line.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Votes_delivered_while_redis_stops_and_starts_again_are_answered_500_until_appended_and_none_answered_2xx_is_lost()
    {
        var stream = new RedisVoteStreamOptions { StreamKey = _prefix + "stream", DeadLetterStreamKey = _prefix + "dead" };
        stream.Outage.FailClosedWait = TimeSpan.FromMilliseconds(200);
        stream.Outage.RetryInterval = TimeSpan.FromMilliseconds(50);
        var writer = new RedisVoteStreamWriter(_redis.Connection, stream);
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", options => options.Authorization = Authorization)
            .MapWebhooks("/dbl")
            .OnVote(writer.AppendAsync);
        await listener.StartAsync();
        using var counter = new OutageCallCounter();
        var load = new TopGgLikeSender(new Uri(listener.Addresses[0], "/dbl"), voters: 60);

        var sending = load.RunAsync();
        await Poll.UntilAsync(() => load.Accepted.Count >= 5, "some votes to be accepted before the outage");
        await _redis.StopAsync();
        await Poll.UntilAsync(() => load.Refused >= 3, "deliveries to be refused during the outage");
        _redis.Start();
        await sending.WaitAsync(TimeSpan.FromMinutes(2));

        var appended = (await _redis.Connection.GetDatabase().StreamRangeAsync(_prefix + "stream")).Select(entry => ulong.Parse(entry["voter"].ToString(), System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(60, load.Accepted.Count);
        Assert.Subset(appended, load.Accepted.Keys.ToHashSet());
        Assert.True(counter.Of("vote_stream", "failed_closed") >= 1);
    }

    [Fact]
    public void The_vote_stream_refuses_a_local_fallback()
    {
        var options = new RedisVoteStreamOptions();
        options.Outage.Policy = RedisOutagePolicy.LocalFallback;

        var error = Assert.Throws<ArgumentException>(() => new RedisVoteStreamWriter(_redis.Connection, options));
        Assert.Equal("Outage", error.ParamName);
    }

    private RedisVoteDeduplicatorOptions DeduplicatorOptions(RedisOutagePolicy policy)
    {
        var options = new RedisVoteDeduplicatorOptions { KeyPrefix = _prefix };
        options.Outage.Policy = policy;
        options.Outage.FailClosedWait = TimeSpan.FromMilliseconds(300);
        options.Outage.RetryInterval = TimeSpan.FromMilliseconds(50);
        return options;
    }

    private static OsuToken Token(string id) => new()
    {
        AccessToken = "access-" + id, RefreshToken = "refresh-" + id, ExpiresAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), Scopes = ["identify", "public"], OwnerId = 7,
    };

    /// <summary>Delivers one vote per voter, four at a time, each again after anything but a 2xx, as Top.gg retries (bounded).</summary>
    private sealed class TopGgLikeSender(Uri target, int voters)
    {
        private int _refused;

        public ConcurrentDictionary<ulong, HttpStatusCode> Accepted { get; } = new();

        public int Refused => Volatile.Read(ref _refused);

        public async Task RunAsync()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var next = 0;
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                int voter;
                while ((voter = Interlocked.Increment(ref next)) <= voters)
                {
                    await DeliverUntilAcceptedAsync(http, 500000000000000000UL + (ulong)voter);
                }
            })));
        }

        private async Task DeliverUntilAcceptedAsync(HttpClient http, ulong voter)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                try
                {
                    using var response = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter));
                    if (response.IsSuccessStatusCode)
                    {
                        Accepted[voter] = response.StatusCode;
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Top.gg retries a delivery that failed on the wire too.
                }

                Interlocked.Increment(ref _refused);
                await Task.Delay(20);
            }

            throw new InvalidOperationException($"Vote {voter} was never accepted.");
        }
    }
}
