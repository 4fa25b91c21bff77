using System.Net;
using System.Text;
using Guildhall.Testing;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

/// <summary>The standalone listener over real Kestrel on a free loopback port.</summary>
public sealed class TopGgWebhookListenerTests
{
    [Fact]
    public async Task Chained_bot_and_server_routes_receive_votes_over_real_http()
    {
        var votes = new List<TopGgVoteEvent>();
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0")
            .MapBotVotes("/dbl", options => options.Authorization = "bots")
            .MapServerVotes("/dsl", options => options.Authorization = "servers")
            .OnVote((vote, _) =>
            {
                lock (votes)
                {
                    votes.Add(vote);
                }

                return ValueTask.CompletedTask;
            });
        await listener.StartAsync();
        using var client = new HttpClient { BaseAddress = Assert.Single(listener.Addresses) };

        using var bot = await client.SendAsync(Legacy("/dbl", LegacyBotVote, "bots"));
        using var server = await client.SendAsync(Legacy("/dsl", LegacyServerVote, "servers"));
        using var wrong = await client.SendAsync(Legacy("/dbl", LegacyBotVote, "servers"));
        using var stray = await client.GetAsync(new Uri("/dbl", UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/dbl"));

        Assert.Equal(HttpStatusCode.NoContent, bot.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, server.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, stray.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Collection(votes, vote => Assert.IsType<LegacyBotVoteEvent>(vote), vote => Assert.IsType<LegacyServerVoteEvent>(vote));
        Assert.NotEqual(0, Assert.Single(listener.Addresses).Port);
    }

    [Fact]
    public async Task The_underlying_app_takes_extra_routes_and_non_vote_events_reach_OnEvent()
    {
        var events = new List<TopGgWebhookEvent>();
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", options => options.Secret = Secret)
            .MapWebhooks("/topgg")
            .OnEvent((webhookEvent, _) =>
            {
                events.Add(webhookEvent);
                return ValueTask.CompletedTask;
            });
        listener.App.MapGet("/health", () => Results.Text("ok"));
        await listener.StartAsync();
        using var client = new HttpClient { BaseAddress = Assert.Single(listener.Addresses) };

        var test = new HttpRequestMessage(HttpMethod.Post, "/topgg") { Content = new StringContent(WebhookTest, Encoding.UTF8, "application/json") };
        test.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(Bytes(WebhookTest), Secret, DateTimeOffset.UtcNow));
        using var delivered = await client.SendAsync(test);
        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delivered.StatusCode);
        Assert.IsType<WebhookTestEvent>(Assert.Single(events));
        Assert.Equal("ok", health);
    }

    [Fact]
    public async Task RunAsync_serves_until_cancelled_and_routes_cannot_be_added_once_started()
    {
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", options => options.AllowUnauthenticatedLegacy = true).MapBotVotes();
        using var stop = new CancellationTokenSource();

        var running = listener.RunAsync(stop.Token);
        await Poll.UntilAsync(() => listener.Addresses.Any(address => address.Port != 0), "the listener to bind a port");

        using var client = new HttpClient { BaseAddress = listener.Addresses[0] };
        using var vote = await client.SendAsync(Legacy("/dbl", LegacyBotVote, authorization: null));
        Assert.Equal(HttpStatusCode.NoContent, vote.StatusCode);
        Assert.Throws<InvalidOperationException>(() => listener.MapServerVotes());

        await stop.CancelAsync();
        await running;
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.SendAsync(Legacy("/dbl", LegacyBotVote, authorization: null)));
    }

    [Fact]
    public async Task Starting_logs_every_route_on_every_address_and_leaves_the_process_signals_alone()
    {
        var logs = new CapturingLoggerProvider();
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", configureServices: services => services.AddLogging(logging => logging.AddProvider(logs)))
            .MapBotVotes("/dbl", options => options.Authorization = "bots")
            .MapServerVotes("/dsl", options => options.Authorization = "servers");

        await listener.StartAsync();

        var address = Assert.Single(listener.Addresses);
        var listening = logs.Lines.Where(line => line.Category == "Guildhall.TopGg.Webhooks" && line.Level == LogLevel.Information).Select(line => line.Message).ToList();
        Assert.Contains($"Listening for Top.gg webhooks on {new Uri(address, "/dbl")}", listening);
        Assert.Contains($"Listening for Top.gg webhooks on {new Uri(address, "/dsl")}", listening);
        Assert.DoesNotContain(logs.Lines, line => line.Message.Contains("bots", StringComparison.Ordinal) || line.Message.Contains("servers", StringComparison.Ordinal));

        // The console lifetime would take Ctrl+C and SIGTERM from an application that only started the listener.
        Assert.IsType<ListenerHostLifetime>(listener.App.Services.GetRequiredService<IHostLifetime>());
    }

    [Fact]
    public async Task RunAsync_returns_when_the_application_is_asked_to_stop()
    {
        var logs = new CapturingLoggerProvider();
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", configureServices: services => services.AddLogging(logging => logging.AddProvider(logs)))
            .MapBotVotes();
        var running = listener.RunAsync();
        await WaitUntilAsync(() => logs.Lines.Any(line => line.Message.StartsWith("Listening", StringComparison.Ordinal)));

        listener.App.Lifetime.StopApplication();

        await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(logs.Lines, line => line.Message.StartsWith("Stopping the Top.gg webhook listener (stop requested)", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Message == "The Top.gg webhook listener stopped");
    }

    [Fact]
    public async Task Stopping_waits_for_a_handler_that_never_ends_only_as_long_as_the_hosts_shutdown_timeout()
    {
        var handlerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource();
        await using var listener = new TopGgWebhookListener(
                "http://127.0.0.1:0",
                options =>
                {
                    options.AllowUnauthenticatedLegacy = true;
                    options.ProcessingMode = TopGgWebhookProcessingMode.Queued;
                },
                services => services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromMilliseconds(200)))
            .MapBotVotes()
            .OnVote(async (_, _) =>
            {
                handlerStarted.TrySetResult();
                await never.Task;
            });
        using var stop = new CancellationTokenSource();
        var running = listener.RunAsync(stop.Token);
        await WaitUntilAsync(() => listener.Addresses.Any(address => address.Port != 0));
        using var client = new HttpClient { BaseAddress = listener.Addresses[0] };
        using var queued = await client.SendAsync(Legacy("/dbl", LegacyBotVote, authorization: null));
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        await handlerStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await stop.CancelAsync();

        await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(never.Task.IsCompleted);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            Assert.True(attempt < 3000, "The listener did not get there in time.");
            await Task.Delay(10);
        }
    }

    private static HttpRequestMessage Legacy(string path, string body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }
}
