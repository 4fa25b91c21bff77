using System.Net;
using System.Text;
using Guildhall.Testing;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
