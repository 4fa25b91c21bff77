using System.Collections.Concurrent;
using System.Net;
using Guildhall.Redis.AspNetCore;
using Guildhall.Testing;
using Guildhall.Testing.Redis;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Redis.Tests;

/// <summary>
/// Durable delivery switched on by <c>AddGuildhallRedis</c> alone, in an application on the Generic Host over loopback:
/// the receiver appends votes to the stream and answers, the hosted consumer hands them to the application's handler.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class DurableDeliveryHostTests(RedisServerFixture redis)
{
    private const string Authorization = "durable-host-auth";
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";

    [Fact]
    public async Task One_call_makes_the_receiver_append_votes_and_a_hosted_consumer_hand_each_to_the_handler_once()
    {
        var sink = new VoteSink(failOnceFor: 72);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(sink);
        builder.Services.AddTopGgWebhooks(options => options.Authorization = Authorization).AddHandler<RecordingVoteHandler>().AddDurableVoteDelivery();
        builder.Services.AddGuildhallRedis(redis.Endpoint, options =>
        {
            options.VoteDeduplication.KeyPrefix = _prefix + "dedupe:";
            options.VoteStream.StreamKey = _prefix + "stream";
            options.VoteStream.DeadLetterStreamKey = _prefix + "dead";
            options.VoteStream.ClaimIdleTime = TimeSpan.FromMilliseconds(200);
            options.VoteStream.PollInterval = TimeSpan.FromMilliseconds(20);
        });
        await using var app = builder.Build();
        app.MapTopGgWebhooks("/dbl");
        await app.StartAsync();
        using var http = new HttpClient();
        var target = new Uri(new Uri(app.Urls.Single()), "/dbl");

        using var first = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 71));
        using var failing = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 72));
        using var repeat = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 71));
        await Poll.UntilAsync(() => sink.Handled.Count >= 2, "both votes to reach the handler through the stream");
        var database = redis.Connection.GetDatabase();
        await Poll.UntilAsync(() => database.StreamPending(_prefix + "stream", "guildhall").PendingMessageCount == 0, "both votes to be acknowledged");
        await app.StopAsync();

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, failing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(2, await database.StreamLengthAsync(_prefix + "stream"));
        Assert.Equal([71UL, 72UL], sink.Handled.Keys.Order());
        Assert.Equal(1, sink.Handled[71]);
        Assert.Equal(1, sink.Handled[72]);
        Assert.True(sink.FailedOnce);
    }

    [Fact]
    public async Task Without_the_option_votes_are_handled_inline_and_nothing_is_appended()
    {
        var sink = new VoteSink(failOnceFor: null);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(sink);
        builder.Services.AddTopGgWebhooks(options => options.Authorization = Authorization).AddHandler<RecordingVoteHandler>();
        builder.Services.AddGuildhallRedis(redis.Endpoint, options => { options.VoteDeduplication.KeyPrefix = _prefix + "dedupe:"; options.VoteStream.StreamKey = _prefix + "stream"; });
        await using var app = builder.Build();
        app.MapTopGgWebhooks("/dbl");
        await app.StartAsync();
        using var http = new HttpClient();

        using var answer = await http.SendAsync(LegacyVoteDelivery.Create(new Uri(new Uri(app.Urls.Single()), "/dbl"), Authorization, voter: 81));
        await app.StopAsync();

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal(1, sink.Handled[81]);
        Assert.Equal(0, await redis.Connection.GetDatabase().StreamLengthAsync(_prefix + "stream"));
    }

    /// <summary>What the application's handler saw: deliveries per voter; throws once on the first delivery of one voter.</summary>
    public sealed class VoteSink(ulong? failOnceFor)
    {
        private int _failed;

        public ConcurrentDictionary<ulong, int> Handled { get; } = new();

        public bool FailedOnce => Volatile.Read(ref _failed) == 1;

        public void Record(ulong voter)
        {
            if (voter == failOnceFor && Interlocked.Exchange(ref _failed, 1) == 0)
            {
                throw new InvalidOperationException("The handler fails the first time.");
            }

            Handled.AddOrUpdate(voter, 1, (_, count) => count + 1);
        }
    }

    public sealed class RecordingVoteHandler(VoteSink sink) : ITopGgWebhookHandler
    {
        public ValueTask HandleAsync(TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            if (webhookEvent is TopGgVoteEvent vote)
            {
                sink.Record(vote.VoterId);
            }

            return ValueTask.CompletedTask;
        }
    }
}
