using System.Diagnostics.Metrics;
using System.Net;
using Guildhall.Testing;
using Guildhall.Testing.Redis;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.Redis.Tests;

/// <summary>
/// Votes kept in a Redis Stream from the receiver's answer until a handler finished them: appended before the 2xx,
/// handed over when a consumer process dies mid-vote, dead-lettered after too many failures.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class DurableVoteDeliveryTests(RedisServerFixture redis)
{
    private const string Authorization = "durable-auth";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";

    private RedisVoteStreamOptions Options(string consumer = "test") => new()
    {
        StreamKey = _prefix + "stream",
        DeadLetterStreamKey = _prefix + "dead",
        ConsumerName = consumer,
        ClaimIdleTime = TimeSpan.FromMilliseconds(1),
        MaxDeliveries = 3,
    };

    [Fact]
    public async Task A_consumer_killed_mid_vote_leaves_it_to_another_that_handles_it_once()
    {
        var writer = new RedisVoteStreamWriter(redis.Connection, Options());
        foreach (var voter in new ulong[] { 11, 12, 13 })
        {
            await writer.AppendAsync(BotVote(voter));
        }

        await using var doomed = StartConsumer("doomed", "--hang-on", "12");
        await doomed.WaitForOutputLineAsync(line => line == "handling 12", Bound);
        await doomed.SignalAsync("KILL");
        Assert.True(await doomed.WaitForExitAsync(Bound), doomed.Describe());
        await using var survivor = StartConsumer("survivor");
        await survivor.WaitForOutputLinesAsync(line => line.StartsWith("handled ", StringComparison.Ordinal), 2, Bound);
        // The consumer prints a vote as handled, then acknowledges it: wait for the acknowledgements before the kill.
        var database = redis.Connection.GetDatabase();
        await Poll.UntilAsync(
            () => database.StreamPending(_prefix + "stream", "guildhall").PendingMessageCount == 0, "every claimed vote to be acknowledged", Bound);
        await survivor.SignalAsync("KILL");
        Assert.True(await survivor.WaitForExitAsync(Bound), survivor.Describe());

        Assert.Equal(["handled 11"], doomed.OutputLines.Where(line => line.StartsWith("handled ", StringComparison.Ordinal)));
        Assert.Equal(["handled 12", "handled 13"], survivor.OutputLines.Where(line => line.StartsWith("handled ", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task A_vote_is_in_the_stream_before_the_receiver_answers_and_a_refused_append_is_answered_500()
    {
        var database = redis.Connection.GetDatabase();
        var writer = new RedisVoteStreamWriter(redis.Connection, Options());
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", options => options.Authorization = Authorization)
            .MapWebhooks("/dbl")
            .OnVote(writer.AppendAsync);
        await listener.StartAsync();
        using var http = new HttpClient();
        var target = new Uri(listener.Addresses[0], "/dbl");

        // A key of the wrong type makes Redis refuse the append, as an unreachable server would fail it.
        await database.StringSetAsync(_prefix + "stream", "not a stream");
        using var refused = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 21));
        await database.KeyDeleteAsync(_prefix + "stream");
        using var retried = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 21));

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        var entry = Assert.Single(await database.StreamRangeAsync(_prefix + "stream"));
        Assert.Equal("21", entry["voter"].ToString());
    }

    [Fact]
    public async Task Every_kind_of_vote_reaches_the_handler_with_every_field()
    {
        var writer = new RedisVoteStreamWriter(redis.Connection, Options());
        TopGgVoteEvent[] votes =
        [
            BotVote(31) with { Query = TopGgVoteQuery.Parse("?ref=docs&x=a%20b"), TraceId = null, DeduplicationKey = "digest" },
            new LegacyServerVoteEvent { VoterId = 32, TargetId = 900, TargetType = TopGgProjectType.Server, Type = LegacyVoteType.Test, IsTest = true },
            new VoteCreateEvent
            {
                VoterId = 33, TargetId = 901, TargetType = TopGgProjectType.Bot, Weight = 2, VoteId = 808, TraceId = "trace-1", DeduplicationKey = "vote:808",
                CreatedAt = new DateTimeOffset(2026, 12, 5, 3, 0, 0, 123, TimeSpan.FromHours(2)), ExpiresAt = new DateTimeOffset(2026, 12, 5, 15, 0, 0, TimeSpan.Zero),
                Project = new WebhookProject { Id = 902, Type = TopGgProjectType.Bot, Platform = TopGgPlatform.Discord, PlatformId = 901 },
                User = new WebhookUser { Id = 903, PlatformId = 33, Name = "voter", AvatarUrl = null },
            },
        ];
        foreach (var vote in votes)
        {
            await writer.AppendAsync(vote);
        }

        var received = new List<TopGgVoteEvent>();
        var consumer = new RedisVoteStreamConsumer(redis.Connection, (vote, _) => { received.Add(vote); return ValueTask.CompletedTask; }, Options());
        await consumer.ConsumeOnceAsync();

        Assert.Equal(votes.Length, received.Count);
        for (var i = 0; i < votes.Length; i++)
        {
            Assert.Equivalent(votes[i], received[i], strict: true);
            Assert.Equal(votes[i].GetType(), received[i].GetType());
        }

        Assert.Equal(TimeSpan.FromHours(2), ((VoteCreateEvent)received[2]).CreatedAt.Offset);
    }

    [Fact]
    public async Task A_vote_whose_handler_always_fails_is_dead_lettered_after_the_last_delivery_and_counted()
    {
        var writer = new RedisVoteStreamWriter(redis.Connection, Options());
        await writer.AppendAsync(BotVote(41));
        var attempts = 0;
        var consumer = new RedisVoteStreamConsumer(redis.Connection, (_, _) => { attempts++; throw new InvalidOperationException("the handler is broken"); }, Options());
        long deadLettered = 0;
        using var meter = new MeterListener();
        meter.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RedisTelemetry.MeterName && instrument.Name == "guildhall.redis.votes.dead_lettered")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meter.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref deadLettered, value));
        meter.Start();
        var database = redis.Connection.GetDatabase();

        for (var pass = 0; pass < 1000 && await database.StreamLengthAsync(_prefix + "dead") == 0; pass++)
        {
            await consumer.ConsumeOnceAsync();
        }

        var dead = Assert.Single(await database.StreamRangeAsync(_prefix + "dead"));
        Assert.Equal(3, attempts);
        Assert.Equal("41", dead["voter"].ToString());
        Assert.Equal("3", dead["failed_deliveries"].ToString());
        Assert.Equal(1, Interlocked.Read(ref deadLettered));
        Assert.Equal(0, (await database.StreamPendingAsync(_prefix + "stream", "guildhall")).PendingMessageCount);
    }

    private DotnetProcess StartConsumer(string name, params string[] extra) => DotnetProcess.Start(
        "Guildhall.Redis.Worker.dll", ["vote-consumer", "--redis", redis.Endpoint, "--prefix", _prefix, "--name", name, "--claim-ms", "500", .. extra]);

    private static LegacyBotVoteEvent BotVote(ulong voter) => new()
    {
        VoterId = voter, TargetId = 1108398810645790727, TargetType = TopGgProjectType.Bot, Type = LegacyVoteType.Upvote, IsWeekend = true,
    };
}
