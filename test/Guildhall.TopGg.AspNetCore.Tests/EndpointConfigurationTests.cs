using System.Net;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Guildhall.TopGg.AspNetCore.Tests.WebhookEndpointStatusTests;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

public sealed class EndpointConfigurationTests
{
    [Fact]
    public async Task A_registered_handler_is_resolved_per_delivery_from_a_scope()
    {
        var received = new VoteLog();
        await using var host = await WebhookTestHost.StartAsync(
            app => app.MapTopGgWebhooks("/dbl"),
            services: services =>
            {
                services.AddSingleton(received);
                services.AddTopGgWebhooks().AddHandler<LoggingHandler>();
            });

        using var first = await host.PostLegacyAsync("/dbl", LegacyBotVote);
        using var second = await host.PostLegacyAsync("/dbl", LegacyServerVote);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(2, received.Instances.Distinct().Count());
    }

    [Fact]
    public async Task Without_any_handler_a_delivery_is_answered_500_so_it_is_not_lost()
    {
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/dbl"));

        using var response = await host.PostLegacyAsync("/dbl", LegacyBotVote);

        await AssertErrorAsync(response, HttpStatusCode.InternalServerError, "handler failed");
    }

    [Fact]
    public async Task Bot_and_server_routes_can_have_their_own_credentials()
    {
        var handler = new RecordingHandler();
        await using var host = await WebhookTestHost.StartAsync(app =>
        {
            app.MapTopGgWebhooks("/dbl", handler.HandleAsync, options => options.Authorization = "bots");
            app.MapTopGgWebhooks("/dsl", handler.HandleAsync, options => options.Authorization = "servers");
        });

        using var bot = await host.PostLegacyAsync("/dbl", LegacyBotVote, "bots");
        using var server = await host.PostLegacyAsync("/dsl", LegacyServerVote, "servers");
        using var crossed = await host.PostLegacyAsync("/dsl", LegacyServerVote, "bots");

        Assert.Equal(HttpStatusCode.NoContent, bot.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, server.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, crossed.StatusCode);
    }

    [Fact]
    public async Task A_format_pinned_to_V2_refuses_legacy_deliveries()
    {
        await using var host = await WebhookTestHost.StartAsync(
            app => app.MapTopGgWebhooks("/v2", (_, _) => ValueTask.CompletedTask),
            options => options.Format = TopGgWebhookFormat.V2);

        using var response = await host.PostLegacyAsync("/v2", LegacyBotVote);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "x-topgg-signature header is missing");
    }

    [Fact]
    public async Task A_secret_resolver_picks_the_secret_of_the_connection_in_the_route()
    {
        var secrets = new Dictionary<string, string> { ["42"] = "whs_connection_42" };
        var handler = new RecordingHandler();
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/topgg/{connection}", handler.HandleAsync, options =>
        {
            options.Secret = null;
            options.Format = TopGgWebhookFormat.V2;
            options.SecretResolver = context => ValueTask.FromResult(secrets.GetValueOrDefault((string)context.GetRouteValue("connection")!));
        }));

        using var right = await host.PostSignedAsync("/topgg/42", VoteCreate, "whs_connection_42");
        using var unknown = await host.PostSignedAsync("/topgg/43", WebhookTest, "whs_connection_42");

        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task Deduplication_can_be_turned_off()
    {
        var handler = new RecordingHandler();
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/dbl", handler.HandleAsync, options => options.Deduplicate = false));

        using var first = await host.PostSignedAsync("/dbl", VoteCreate);
        using var second = await host.PostSignedAsync("/dbl", VoteCreate);

        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(2, handler.Received.Count);
    }

    [Fact]
    public async Task Mapping_without_AddTopGgWebhooks_fails_with_a_clear_message()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapTopGgWebhooks("/dbl", (_, _) => ValueTask.CompletedTask));

        Assert.Contains("AddTopGgWebhooks", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_reply_deadline_beyond_the_service_limit_is_refused(int seconds)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => WebhookTestHost.StartAsync(app =>
            app.MapTopGgWebhooks("/dbl", (_, _) => ValueTask.CompletedTask, options => options.ReplyDeadline = TimeSpan.FromSeconds(seconds))));

        Assert.Contains("5 seconds", error.Message, StringComparison.Ordinal);
    }

    private sealed class VoteLog
    {
        public List<object> Instances { get; } = [];
    }

    private sealed class LoggingHandler(VoteLog log) : ITopGgWebhookHandler
    {
        public ValueTask HandleAsync(TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            lock (log)
            {
                log.Instances.Add(this);
            }

            return ValueTask.CompletedTask;
        }
    }
}
