using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Testing;
using Guildhall.TopGg.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Guildhall.TopGg.Tests.Unit;

/// <summary>Cancellation mid-wait and mid-request, disposal, dependency injection, and logs free of the token.</summary>
public sealed class LifetimeTests
{
    [Fact]
    public async Task Cancelling_a_call_that_waits_for_the_limiter_ends_it_without_sending()
    {
        var clock = StubClients.NewClock();
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, """{"is_weekend":false}""")))
            .Then(HttpStatusCode.TooManyRequests, """{"retry-after":30}""");
        using var client = StubClients.Create(handler, options => options.MaxRateLimitWait = TimeSpan.FromMinutes(5), clock);
        await Assert.ThrowsAsync<ApiRateLimitedException>(() => client.IsWeekendAsync());
        using var cancellation = new CancellationTokenSource();

        var waiting = client.IsWeekendAsync(cancellation.Token);
        await clock.WaitForTimerAsync();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancelling_a_call_in_flight_ends_it()
    {
        var started = new TaskCompletionSource();
        var handler = new StubHandler(async (_, cancellationToken) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return StubHandler.Response(HttpStatusCode.OK);
        });
        using var client = StubClients.Create(handler);
        using var cancellation = new CancellationTokenSource();

        var call = client.Bots.GetSelfAsync(cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Calls_after_disposal_throw_ObjectDisposedException()
    {
        var handler = new StubHandler();
        var client = StubClients.Create(handler);

        await client.DisposeAsync();
        await client.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.IsWeekendAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Bots.GetSelfAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Project.GetAsync());
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_mock_overrides_the_virtual_members()
    {
        TopGgClient client = new WeekendAlways();

        Assert.True(await client.IsWeekendAsync());
        Assert.Equal("TopGgClient (mock)", client.ToString());
        Assert.Throws<InvalidOperationException>(() => client.BotId);
    }

    [Fact]
    public async Task The_sub_clients_of_a_mock_say_they_were_created_for_mocking()
    {
        TopGgClient client = new WeekendAlways();

        var bots = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Bots.GetSelfAsync());
        var project = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Project.GetAsync());
        Assert.Throws<InvalidOperationException>(() => client.Project.ListVotesAsync(DateTimeOffset.UnixEpoch));

        Assert.Contains("created for mocking", bots.Message, StringComparison.Ordinal);
        Assert.Contains("created for mocking", project.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_constructor_leaves_the_callers_options_as_they_are()
    {
        var options = new TopGgClientOptions { BaseAddress = new Uri("https://top.gg/api") };

        using var client = new TopGgClient(StubClients.Token, options);

        Assert.Null(options.Token);
        Assert.Equal(StubClients.BotId, client.BotId);
    }

    [Fact]
    public void Null_http_client_or_options_are_refused()
    {
        using var http = new HttpClient();

        Assert.Equal("httpClient", Assert.Throws<ArgumentNullException>(() => new TopGgClient((HttpClient)null!, new TopGgClientOptions())).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new TopGgClient(http, null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new TopGgClient(StubClients.Token, null!)).ParamName);
    }

    [Fact]
    public async Task AddTopGgClient_registers_one_client_on_the_named_http_client()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, """{"is_weekend":true}""")));
        var services = new ServiceCollection();
        services.AddTopGgClient(options =>
        {
            options.Token = StubClients.Token;
            options.RateLimitStore = new Core.RateLimiting.InMemoryRateLimitStore();
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<TopGgClient>();

        Assert.Same(client, provider.GetRequiredService<TopGgClient>());
        Assert.True(await client.IsWeekendAsync());
        Assert.Equal(StubClients.BotId, client.BotId);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task AddTopGgClient_takes_the_containers_clock()
    {
        var clock = StubClients.NewClock();
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return StubHandler.Response(HttpStatusCode.OK);
        });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddTopGgClient(options =>
        {
            options.Token = StubClients.Token;
            options.Timeout = TimeSpan.FromSeconds(10);
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<TopGgClient>();

        // Only the container's fake clock can end this call: the system clock would let it hang.
        await Assert.ThrowsAsync<TimeoutException>(() => clock.RunUntilCompleteAsync(client.IsWeekendAsync()));
    }

    [Fact]
    public async Task AddTopGgClient_keeps_an_existing_registration()
    {
        var services = new ServiceCollection();
        var mock = new WeekendAlways();
        services.AddSingleton<TopGgClient>(mock);
        services.AddTopGgClient(options => options.Token = StubClients.Token);
        await using var provider = services.BuildServiceProvider();

        Assert.Same(mock, provider.GetRequiredService<TopGgClient>());
    }

    [Fact]
    public async Task AddTopGgClient_fails_clearly_without_a_token()
    {
        var services = new ServiceCollection();
        services.AddTopGgClient(_ => { });
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<TopGgClient>());

        Assert.Contains("token is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_never_contain_the_token()
    {
        using var logs = new CapturingLoggerProvider();
        using var loggerFactory = logs.CreateFactory();
        var handler = new StubHandler()
            .Then(HttpStatusCode.InternalServerError, """{"message":"boom"}""")
            .Then(HttpStatusCode.Unauthorized, """{"error":"Unauthorized"}""");
        using var client = StubClients.Create(handler, options =>
        {
            options.LoggerFactory = loggerFactory;
            options.Retry = new Core.RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        });

        var error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Bots.GetSelfAsync());

        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(StubClients.Token, line.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(StubClients.Token, error.ToString(), StringComparison.Ordinal);
    }

    private sealed class WeekendAlways : TopGgClient
    {
        public override Task<bool> IsWeekendAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
    }
}
