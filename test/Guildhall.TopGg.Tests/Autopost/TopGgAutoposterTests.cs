using Guildhall.TopGg.Models;
using Guildhall.Core.Errors;
using Guildhall.Testing;
using Guildhall.TopGg.Autopost;

namespace Guildhall.TopGg.Tests.Autopost;

public sealed class TopGgAutoposterTests
{
    private static readonly TimeSpan Interval = TopGgAutoposterOptions.DefaultInterval;

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(14 * 60 + 59)]
    public void An_interval_under_fifteen_minutes_is_refused(int seconds)
    {
        var options = new TopGgAutoposterOptions { StatsProvider = _ => default, Interval = TimeSpan.FromSeconds(seconds) };

        var error = Assert.Throws<ArgumentException>(() => new TopGgAutoposter(new ScriptedBotsClient(TimeProvider.System), options));

        Assert.Contains("at least 15 minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifteen_minutes_is_allowed_and_thirty_is_the_default()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), new TopGgAutoposterOptions().Interval);
        var options = new TopGgAutoposterOptions { StatsProvider = _ => default, Interval = TimeSpan.FromMinutes(15) };

        _ = new TopGgAutoposter(new ScriptedBotsClient(TimeProvider.System), options);
    }

    [Fact]
    public void A_missing_provider_or_bad_back_off_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TopGgAutoposter(new ScriptedBotsClient(TimeProvider.System), new TopGgAutoposterOptions()));
        Assert.Throws<ArgumentException>(() => new TopGgAutoposter(
            new ScriptedBotsClient(TimeProvider.System),
            new TopGgAutoposterOptions { StatsProvider = _ => default, CredentialBackoff = TimeSpan.FromHours(2), MaxCredentialBackoff = TimeSpan.FromHours(1) }));
    }

    [Fact]
    public async Task It_posts_at_once_then_every_interval()
    {
        await using var harness = new AutoposterHarness();

        await harness.Autoposter.StartAsync();
        Assert.Equal(Interval, await harness.RunToNextScheduleAsync());
        Assert.Equal(Interval, await harness.RunToNextScheduleAsync());
        await harness.NextScheduleAsync();

        Assert.Equal([harness.Start, harness.Start + Interval, harness.Start + (2 * Interval)], harness.Bots.Posts.Select(post => post.At));
        Assert.All(harness.Bots.Posts, post => Assert.Equal(1234, post.Update.ServerCount));
        Assert.Equal(3, harness.Successes.Count);
        Assert.Equal(harness.Start + (2 * Interval), harness.Autoposter.Status.LastSuccessAt);
        Assert.True(harness.Autoposter.Status.IsRunning);
    }

    [Fact]
    public async Task A_401_backs_off_doubling_keeps_reporting_and_recovers_when_the_token_works_again()
    {
        await using var harness = new AutoposterHarness();
        harness.Bots.FailWith(ScriptedBotsClient.Unauthorized(), ScriptedBotsClient.Forbidden(), ScriptedBotsClient.Unauthorized());

        await harness.Autoposter.StartAsync();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            waits.Add(await harness.RunToNextScheduleAsync());
        }

        waits.Add(await harness.NextScheduleAsync() - harness.Time.GetUtcNow());

        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), Interval], waits);
        Assert.Equal([1, 2, 3], harness.Failures.Select(failure => failure.ConsecutiveFailures));
        Assert.IsType<ApiUnauthorizedException>(harness.Failures[0].Exception);
        Assert.Equal(harness.Start + TimeSpan.FromHours(1), harness.Failures[0].NextAttemptAt);
        Assert.Single(harness.Successes);
        Assert.Equal(0, harness.Autoposter.Status.ConsecutiveFailures);
        Assert.Null(harness.Autoposter.Status.LastError);
    }

    [Fact]
    public async Task The_credential_back_off_stops_growing_at_its_cap()
    {
        await using var harness = new AutoposterHarness(options => options.MaxCredentialBackoff = TimeSpan.FromHours(3));
        harness.Bots.FailWith(Enumerable.Range(0, 4).Select(_ => (Exception)ScriptedBotsClient.Unauthorized()).ToArray());

        await harness.Autoposter.StartAsync();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            waits.Add(await harness.RunToNextScheduleAsync());
        }

        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(3), TimeSpan.FromHours(3)], waits);
    }

    [Fact]
    public async Task A_429_waits_out_the_block_when_it_is_longer_than_the_interval()
    {
        await using var harness = new AutoposterHarness();
        harness.Bots.FailWith(ScriptedBotsClient.RateLimited(TimeSpan.FromHours(1)), ScriptedBotsClient.RateLimited(TimeSpan.FromMinutes(2)));

        await harness.Autoposter.StartAsync();
        var afterLongBlock = await harness.RunToNextScheduleAsync();
        var afterShortBlock = await harness.RunToNextScheduleAsync();
        await harness.NextScheduleAsync();

        Assert.Equal(TimeSpan.FromHours(1), afterLongBlock);
        Assert.Equal(Interval, afterShortBlock);
        Assert.All(harness.Failures, failure => Assert.IsType<ApiRateLimitedException>(failure.Exception));
        Assert.Single(harness.Successes);
    }

    [Fact]
    public async Task Other_failures_are_reported_and_retried_at_the_next_interval()
    {
        await using var harness = new AutoposterHarness();
        harness.Bots.FailWith(ScriptedBotsClient.ServerError(), new HttpRequestException("connection reset"));

        await harness.Autoposter.StartAsync();
        Assert.Equal(Interval, await harness.RunToNextScheduleAsync());
        Assert.Equal(Interval, await harness.RunToNextScheduleAsync());
        await harness.NextScheduleAsync();

        Assert.Collection(harness.Failures, f => Assert.IsType<ApiServerException>(f.Exception), f => Assert.IsType<HttpRequestException>(f.Exception));
        Assert.Single(harness.Successes);
    }

    [Fact]
    public async Task A_provider_that_is_not_ready_is_asked_again_soon_and_one_that_throws_is_reported()
    {
        var calls = 0;
        await using var harness = new AutoposterHarness(provider: _ => ++calls switch
        {
            1 => ValueTask.FromResult<TopGgStatsUpdate?>(null),
            2 => throw new InvalidOperationException("The gateway is reconnecting."),
            _ => ValueTask.FromResult<TopGgStatsUpdate?>(TopGgStatsUpdate.ForServerCount(7)),
        });

        await harness.Autoposter.StartAsync();
        Assert.Equal(TimeSpan.FromSeconds(30), await harness.RunToNextScheduleAsync());
        Assert.Equal(Interval, await harness.RunToNextScheduleAsync());
        await harness.NextScheduleAsync();

        Assert.IsType<InvalidOperationException>(Assert.Single(harness.Failures).Exception);
        Assert.Equal(7, Assert.Single(harness.Bots.Posts).Update.ServerCount);
    }

    [Fact]
    public async Task A_subscriber_that_throws_does_not_stop_the_loop()
    {
        await using var harness = new AutoposterHarness();
        harness.Autoposter.Posted += (_, _) => throw new InvalidOperationException("bug in the bot's handler");

        await harness.Autoposter.StartAsync();
        await harness.RunToNextScheduleAsync();
        await harness.NextScheduleAsync();

        Assert.Equal(2, harness.Bots.Posts.Count);
    }

    [Fact]
    public async Task Stopping_cancels_the_wait_and_nothing_is_posted_afterwards()
    {
        await using var harness = new AutoposterHarness();
        await harness.Autoposter.StartAsync();
        await harness.NextScheduleAsync();

        await harness.Autoposter.StopAsync();
        harness.Time.Advance(TimeSpan.FromHours(5));

        Assert.Single(harness.Bots.Posts);
        Assert.False(harness.Autoposter.Status.IsRunning);
        Assert.Null(harness.Autoposter.Status.NextAttemptAt);
    }

    [Fact]
    public async Task Stopping_cancels_a_post_in_flight()
    {
        await using var harness = new AutoposterHarness();
        harness.Bots.Gate = new TaskCompletionSource();
        await harness.Autoposter.StartAsync();
        await Poll.UntilAsync(() => !harness.Bots.Posts.IsEmpty, "the first post to reach the client");

        await harness.Autoposter.StopAsync();

        Assert.Empty(harness.Successes);
        Assert.Empty(harness.Failures);
    }

    [Fact]
    public async Task It_can_start_again_after_stopping_but_not_twice_at_once()
    {
        await using var harness = new AutoposterHarness();
        await harness.Autoposter.StartAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Autoposter.StartAsync());
        await harness.Autoposter.StopAsync();
        await harness.Autoposter.StartAsync();

        Assert.True(harness.Autoposter.Status.IsRunning);
    }

    [Fact]
    public async Task The_first_post_can_be_delayed_to_stagger_clusters()
    {
        await using var harness = new AutoposterHarness(options => options.FirstPostDelay = TimeSpan.FromMinutes(3));

        await harness.Autoposter.StartAsync();

        Assert.Equal(TimeSpan.FromMinutes(3), await harness.RunToNextScheduleAsync());
    }

    [Fact]
    public async Task A_mock_reports_its_status_and_refuses_to_start_without_a_client()
    {
        TopGgAutoposter autoposter = new StatusOnly();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => autoposter.StartAsync());

        Assert.Contains("StatusOnly was created for mocking", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, autoposter.Status.ConsecutiveFailures);
        await autoposter.DisposeAsync();
    }

    private sealed class StatusOnly : TopGgAutoposter
    {
        public override TopGgAutopostStatus Status => new() { ConsecutiveFailures = 3 };
    }
}
