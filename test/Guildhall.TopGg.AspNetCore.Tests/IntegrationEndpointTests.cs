using System.Net;
using System.Text.Json;
using Guildhall.Testing;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using static Guildhall.TopGg.AspNetCore.Tests.WebhookEndpointStatusTests;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

public sealed class IntegrationEndpointTests
{
    [Fact]
    public async Task Integration_create_is_answered_with_the_webhook_url_and_routes()
    {
        IntegrationCreateEvent? received = null;
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/integrations", options =>
            options.IntegrationHandler = (integration, _) =>
            {
                received = integration;
                return ValueTask.FromResult<IntegrationCreateReply?>(new IntegrationCreateReply(new Uri($"https://bot.example/topgg/{integration.ConnectionId}")));
            }));

        using var response = await host.PostSignedAsync("/integrations", IntegrationCreate);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://bot.example/topgg/112402021105124", json.RootElement.GetProperty("webhook_url").GetString());
        Assert.Equal("vote.create", Assert.Single(json.RootElement.GetProperty("routes").EnumerateArray()).GetString());
        Assert.Equal("whs_abcd", received!.WebhookSecret);
    }

    [Fact]
    public async Task A_registered_integration_handler_is_resolved_from_services()
    {
        await using var host = await WebhookTestHost.StartAsync(
            app => app.MapTopGgWebhooks("/integrations"),
            services: services => services.AddTopGgWebhooks().AddIntegrationHandler<FixedIntegrationHandler>());

        using var response = await host.PostSignedAsync("/integrations", IntegrationCreate);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("https://fixed.example/hook", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_integration_handler_the_handshake_is_answered_501()
    {
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/votes", (_, _) => ValueTask.CompletedTask));

        using var response = await host.PostSignedAsync("/votes", IntegrationCreate);

        await AssertErrorAsync(response, HttpStatusCode.NotImplemented, "does not accept integrations");
    }

    [Fact]
    public async Task An_integration_handler_that_overruns_the_deadline_is_answered_503_so_the_handshake_is_retried()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/integrations", options =>
            options.IntegrationHandler = async (_, cancellationToken) =>
            {
                // Recorded where the handler sees the cancellation, not by a callback on the token: the handler may
                // resume and drop such a registration before the token's cancellation reaches it.
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    cancelled.SetResult();
                    throw;
                }

                return null;
            }));

        using var response = await host.Time.RunUntilCompleteAsync(host.PostSignedAsync("/integrations", IntegrationCreate));

        await AssertErrorAsync(response, HttpStatusCode.ServiceUnavailable, "try again");
        await cancelled.Task.WaitAsync(Poll.DefaultBound);
    }

    [Fact]
    public async Task Integration_delete_goes_to_the_ordinary_handler()
    {
        var handler = new RecordingHandler();
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/integrations", handler.HandleAsync));

        using var response = await host.PostSignedAsync("/integrations", IntegrationDelete);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("112402021105124", Assert.IsType<IntegrationDeleteEvent>(Assert.Single(handler.Received)).ConnectionId);
    }

    private sealed class FixedIntegrationHandler : ITopGgIntegrationHandler
    {
        public ValueTask<IntegrationCreateReply?> HandleAsync(IntegrationCreateEvent integration, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IntegrationCreateReply?>(new IntegrationCreateReply(new Uri("https://fixed.example/hook"), VoteCreateEvent.EventType));
    }
}
