using Guildhall.Testing;
using Guildhall.Testing.Redis;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// The hosted vote consumer keeps going through what a restart of redis-server without persistence does to it (the
/// stream comes back without its consumer group) and through failures that are not outages, and logs an outage once.
/// </summary>
public sealed class VoteConsumerRecoveryTests : IAsyncLifetime
{
    private const string Authorization = DurableVoteApp.Authorization;
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
    private RestartableRedis _redis = null!;

    public async Task InitializeAsync() => _redis = await RestartableRedis.StartAsync(persistent: false);

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task After_a_restart_without_persistence_the_consumer_creates_its_group_again_and_hands_over_new_votes()
    {
        var sink = new DurableDeliveryHostTests.VoteSink(failOnceFor: null);
        await using var app = await StartAsync(sink);
        using var http = new HttpClient();
        var target = DurableVoteApp.Target(app);
        var connection = app.Services.GetRequiredService<IConnectionMultiplexer>();

        using var before = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 31));
        await Poll.UntilAsync(() => sink.Handled.ContainsKey(31), "the vote before the restart to be handled");
        await _redis.StopAsync();
        _redis.Start();
        await Poll.UntilAsync(() => connection.IsConnected, "the application's connection to find the restarted redis-server");
        using var after = await http.SendAsync(LegacyVoteDelivery.Create(target, Authorization, voter: 32));
        await Poll.UntilAsync(() => sink.Handled.ContainsKey(32), "the vote after the restart to be handled");

        Assert.Equal(System.Net.HttpStatusCode.NoContent, after.StatusCode);
        Assert.Equal(1, sink.Handled[32]);
        var group = Assert.Single(await _redis.Connection.GetDatabase().StreamGroupInfoAsync(_prefix + "stream"));
        Assert.Equal("guildhall", group.Name);
    }

    [Fact]
    public async Task A_failure_that_is_not_an_outage_is_logged_and_the_consumer_starts_again_instead_of_stopping_the_host()
    {
        using var logs = new CapturingLoggerProvider();
        // A connection with the default timeouts: this test's machine may be busy, and nothing here is about an outage.
        await using var admin = await RedisProcess.ConnectAsync(_redis.Endpoint);
        var database = admin.GetDatabase();
        // A key of the wrong type makes Redis refuse the consumer's commands (WRONGTYPE), which no retry of an outage fixes.
        await database.StringSetAsync(_prefix + "stream", "not a stream");
        var sink = new DurableDeliveryHostTests.VoteSink(failOnceFor: null);
        await using var app = await StartAsync(sink, logs);
        await Poll.UntilAsync(() => logs.Lines.Count(line => line.Message.StartsWith("The vote consumer failed", StringComparison.Ordinal)) >= 2, "the consumer to fail and start again");

        await database.KeyDeleteAsync(_prefix + "stream");
        await new RedisVoteStreamWriter(admin, new RedisVoteStreamOptions { StreamKey = _prefix + "stream" }).AppendAsync(Vote(33));
        await Poll.UntilAsync(() => sink.Handled.ContainsKey(33), "the consumer to hand over a vote once the key is a stream");

        Assert.False(app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Error && line.Exception!.Contains("WRONGTYPE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_outage_is_logged_once_as_it_starts_and_once_as_it_ends_and_each_retry_only_at_debug()
    {
        using var logs = new CapturingLoggerProvider();
        var options = new RedisVoteStreamOptions { StreamKey = _prefix + "stream", DeadLetterStreamKey = _prefix + "dead", LoggerFactory = logs.CreateFactory() };
        options.Outage.LoggerFactory = options.LoggerFactory;
        options.Outage.RetryInterval = TimeSpan.FromMilliseconds(20);
        var consumer = new RedisVoteStreamConsumer(_redis.Connection, (_, _) => ValueTask.CompletedTask, options);
        using var stop = new CancellationTokenSource();
        var running = consumer.RunAsync(stop.Token);
        await Poll.UntilAsync(() => _redis.Connection.GetDatabase().KeyExists(_prefix + "stream"), "the consumer to create its group");

        await _redis.StopAsync();
        // Counted from this consumer's own log: the outage counter is shared by every test of the process.
        await Poll.UntilAsync(() => logs.Lines.Count(line => line.Level == LogLevel.Debug && line.Message.Contains("consumer_waiting", StringComparison.Ordinal)) >= 5, "the consumer to retry during the outage");
        _redis.Start();
        await Poll.UntilAsync(() => logs.Lines.Any(line => line.Message.Contains("answers again", StringComparison.Ordinal)), "the consumer to log the outage's end");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        var above = logs.Lines.Where(line => line.Level >= LogLevel.Information).ToList();
        Assert.Single(above, line => line.Level == LogLevel.Warning && line.Message.Contains("unreachable", StringComparison.Ordinal));
        Assert.Single(above, line => line.Message.Contains("answers again", StringComparison.Ordinal));
        Assert.DoesNotContain(above, line => line.Message.Contains("tries again", StringComparison.Ordinal));
    }

    private Task<WebApplication> StartAsync(DurableDeliveryHostTests.VoteSink sink, CapturingLoggerProvider? logs = null) =>
        DurableVoteApp.StartAsync(_redis.Endpoint, _prefix, sink, logs: logs);

    private static LegacyBotVoteEvent Vote(ulong voter) => new()
    {
        VoterId = voter, TargetId = 1108398810645790727, TargetType = TopGgProjectType.Bot, Type = LegacyVoteType.Upvote,
    };
}
