using System.Net;
using Guildhall.Testing;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using static Guildhall.TopGg.AspNetCore.Tests.WebhookEndpointStatusTests;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

public sealed class QueuedProcessingTests
{
    private readonly RecordingHandler _handler = new();

    private Task<WebhookTestHost> StartAsync(Action<TopGgWebhookQueueOptions>? queue = null) =>
        WebhookTestHost.StartAsync(
            app => app.MapTopGgWebhooks("/votes", _handler.HandleAsync),
            options => options.ProcessingMode = TopGgWebhookProcessingMode.Queued,
            queue: queue);

    [Fact]
    public async Task A_delivery_is_answered_202_at_once_and_handled_in_the_background()
    {
        await using var host = await StartAsync();
        _handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = _handler.Arrived.Task;

        using var response = await host.PostSignedAsync("/votes", VoteCreate);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("queued", await ReadPropertyAsync(response, "status"));
        Assert.IsType<VoteCreateEvent>(await arrived);
        _handler.Gate.SetResult();
    }

    [Fact]
    public async Task A_full_queue_answers_503_so_the_service_retries_and_the_retry_is_not_taken_for_a_duplicate()
    {
        await using var host = await StartAsync(queue => queue.Capacity = 1);
        _handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = _handler.Arrived.Task;
        using var busy = await host.PostLegacyAsync("/votes", LegacyBotVote);
        await arrived;
        using var waiting = await host.PostLegacyAsync("/votes", LegacyServerVote);

        using var refused = await host.PostSignedAsync("/votes", VoteCreate);

        Assert.Equal(HttpStatusCode.Accepted, waiting.StatusCode);
        await AssertErrorAsync(refused, HttpStatusCode.ServiceUnavailable, "queue is full");
        Assert.Equal("5", refused.Headers.RetryAfter?.ToString());
        _handler.Gate.SetResult();
        await host.Time.RunUntilCompleteAsync(Poll.UntilAsync(() => _handler.Received.Count >= 2, "the queued vote to reach the handler"));
        using var retried = await host.PostSignedAsync("/votes", VoteCreate);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_doubling_pauses_on_the_clock()
    {
        await using var host = await StartAsync(queue => queue.RetryDelay = TimeSpan.FromSeconds(10));
        _handler.FailNext(2);

        using var response = await host.PostSignedAsync("/votes", VoteCreate);
        await host.Time.RunUntilCompleteAsync(Poll.UntilAsync(() => _handler.Received.Count >= 3, "the third attempt to reach the handler"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(3, _handler.Received.Count);
        Assert.True(host.Time.GetUtcNow() - Now >= TimeSpan.FromSeconds(30), "The retries waited 10 s, then 20 s.");
    }

    [Fact]
    public async Task Stopping_the_application_finishes_the_queued_deliveries()
    {
        var host = await StartAsync();
        _handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = _handler.Arrived.Task;
        using var first = await host.PostLegacyAsync("/votes", LegacyBotVote);
        await arrived;
        using var second = await host.PostLegacyAsync("/votes", LegacyServerVote);

        var stopping = host.DisposeAsync().AsTask();
        _handler.Gate.SetResult();
        await stopping;

        Assert.Equal(2, _handler.Received.Count);
    }

    [Fact]
    public async Task A_registered_handler_is_resolved_in_a_scope_of_its_own_for_each_queued_delivery()
    {
        var arrived = new TaskCompletionSource<TopGgWebhookEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookTestHost.StartAsync(
            app => app.MapTopGgWebhooks("/votes"),
            options => options.ProcessingMode = TopGgWebhookProcessingMode.Queued,
            services => services.AddSingleton(arrived).AddTopGgWebhooks().AddHandler<SignallingHandler>());

        using var response = await host.PostLegacyAsync("/votes", LegacyServerVote);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.IsType<LegacyServerVoteEvent>(await arrived.Task);
    }

    [Fact]
    public void Invalid_queue_settings_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new TopGgWebhookQueueOptions { Capacity = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new TopGgWebhookQueueOptions { Concurrency = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new TopGgWebhookQueueOptions { HandlerAttempts = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new TopGgWebhookQueueOptions { RetryDelay = TimeSpan.FromSeconds(-1) }.Validate());
    }

    private sealed class SignallingHandler(TaskCompletionSource<TopGgWebhookEvent> arrived) : ITopGgWebhookHandler
    {
        public ValueTask HandleAsync(TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            arrived.TrySetResult(webhookEvent);
            return ValueTask.CompletedTask;
        }
    }
}
