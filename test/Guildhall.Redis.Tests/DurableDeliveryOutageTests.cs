using System.Net;
using Guildhall.Redis.AspNetCore;
using Guildhall.Testing;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// Durable delivery as <c>AddGuildhallRedis</c> wires it, with the connection it builds (StackExchange.Redis's default
/// timeouts), while a redis-server of the test's own is stopped or paused: a vote is answered 2xx only once Redis has it.
/// </summary>
public sealed class DurableDeliveryOutageTests : IAsyncLifetime
{
    private const string Authorization = DurableVoteApp.Authorization;
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
    private RestartableRedis _redis = null!;

    public async Task InitializeAsync() => _redis = await RestartableRedis.StartAsync(persistent: true);

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task An_endpoint_configured_queued_still_answers_500_while_redis_is_down_and_the_retry_is_not_a_duplicate()
    {
        await using var app = await StartAsync(webhooks => webhooks.ProcessingMode = TopGgWebhookProcessingMode.Queued);
        var target = Target(app);
        using var http = new HttpClient();

        using var before = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 1));
        await _redis.StopAsync();
        await Poll.UntilAsync(() => !AppConnection(app).IsConnected, "the application's connection to notice redis-server is gone");
        using var during = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 2));
        _redis.Start();
        await Poll.UntilAsync(() => AppConnection(app).IsConnected, "the application's connection to find the restarted redis-server");
        using var retried = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 2));

        Assert.Equal(HttpStatusCode.NoContent, before.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, during.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        var entries = await _redis.Connection.GetDatabase().StreamRangeAsync(_prefix + "stream");
        Assert.Equal(["1", "2"], entries.Select(entry => entry["voter"].ToString()));
    }

    [Fact]
    public async Task An_append_hanging_on_a_paused_redis_is_cut_off_and_answered_500_not_202()
    {
        await using var app = await StartAsync(webhooks => webhooks.Deduplicate = false);
        using var http = new HttpClient();

        await _redis.PauseAsync();
        HttpResponseMessage during;
        try
        {
            during = await http.SendAsync(LegacyVoteDelivery.Create(Target(app), Authorization, voter: 3));
        }
        finally
        {
            await _redis.ResumeAsync();
        }

        using (during)
        {
            Assert.Equal(HttpStatusCode.InternalServerError, during.StatusCode);
        }
    }

    [Fact]
    public async Task A_stream_outage_wait_as_long_as_the_reply_deadline_is_refused_when_the_endpoint_is_mapped()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddTopGgWebhooks(options => options.Authorization = Authorization).AddHandler<DurableDeliveryHostTests.RecordingVoteHandler>().AddDurableVoteDelivery();
        builder.Services.AddSingleton(new DurableDeliveryHostTests.VoteSink(failOnceFor: null));
        builder.Services.AddGuildhallRedis(_redis.Endpoint, options =>
        {
            options.VoteStream.Outage.FailClosedWait = TopGgWebhookEndpointOptions.DefaultReplyDeadline;
        });
        await using var app = builder.Build();

        var refused = Assert.Throws<InvalidOperationException>(() => app.MapTopGgWebhooks("/dbl"));
        Assert.Contains("FailClosedWait", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fail_closed_call_on_the_connection_it_builds_gives_up_after_about_its_wait_not_the_command_timeout()
    {
        // Nothing listens on the port: every command fails while the connection keeps trying in the background. The
        // command timeouts are ten minutes, so a command left waiting in the backlog for them would outlast the bound
        // below by far, while the outage guard's own wait (FailClosedWait, 2 s) ends the call well within it, however
        // busy the machine. The connect timeout would follow the command timeout if not set: it bounds how long the
        // first resolution of the connection waits for the server.
        var services = new ServiceCollection().AddLogging().AddGuildhallRedis(
            "127.0.0.1:" + Guildhall.Testing.Redis.RedisProcess.FreePort() + ",asyncTimeout=600000,syncTimeout=600000,connectTimeout=2000");
        await using var provider = services.BuildServiceProvider();
        var deduplicator = provider.GetRequiredService<IVoteDeduplicator>();

        var call = deduplicator.TryClaimAsync("any").AsTask();

        await Assert.ThrowsAsync<SharedStateUnavailableException>(() => call.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    private Task<WebApplication> StartAsync(Action<TopGgWebhookEndpointOptions> webhooks) => DurableVoteApp.StartAsync(
        _redis.Endpoint,
        _prefix,
        new DurableDeliveryHostTests.VoteSink(failOnceFor: null),
        webhooks,
        // The claim is kept in memory during the outage, so the append is what decides the answer.
        redis => redis.VoteDeduplication.Outage.Policy = RedisOutagePolicy.LocalFallback);

    private static Uri Target(WebApplication app) => DurableVoteApp.Target(app);

    private static IConnectionMultiplexer AppConnection(WebApplication app) => app.Services.GetRequiredService<IConnectionMultiplexer>();
}
