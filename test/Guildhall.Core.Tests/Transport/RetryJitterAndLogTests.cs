using System.Net;
using Guildhall.Core.Tests.Support;
using Guildhall.Testing;
using Microsoft.Extensions.Logging;

namespace Guildhall.Core.Tests.Transport;

/// <summary>The backoff's jitter comes from <see cref="RetryOptions.Jitter"/>, and retries are routine in the logs.</summary>
public sealed class RetryJitterAndLogTests
{
    [Theory]
    [InlineData(0.0, 250)]
    [InlineData(1.0, 500)]
    [InlineData(0.5, 375)]
    public async Task The_backoff_is_half_the_step_plus_the_jitter_share_of_the_other_half(double jitter, int expectedMilliseconds)
    {
        var attempts = new List<DateTimeOffset>();
        TimerAwareClock? clock = null;
        var (transport, _, time) = TransportFactory.Create(
            h => h.Then((_, _) => Answer(HttpStatusCode.ServiceUnavailable)).Then((_, _) => Answer(HttpStatusCode.OK)),
            options => options.With(retry: new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(500), Jitter = () => jitter }));
        clock = time;

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things")));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), attempts[1] - attempts[0]);

        Task<HttpResponseMessage> Answer(HttpStatusCode status)
        {
            attempts.Add(clock!.GetUtcNow());
            return Task.FromResult(StubHandler.Response(status, "{}"));
        }
    }

    [Fact]
    public void Jitter_is_required_and_copied_with_the_options()
    {
        Func<double> fixedJitter = () => 0.25;
        var options = new SampleRetry { Retry = new RetryOptions { Jitter = fixedJitter } };

        var copied = options.ToTransportOptions();
        options.Retry.Jitter = () => 0.75;

        Assert.Same(fixedJitter, copied.Retry.Jitter);
        Assert.Throws<ArgumentNullException>(() => new RetryOptions { Jitter = null! }.Validate());
    }

    [Fact]
    public async Task A_retry_that_recovers_is_logged_at_debug_and_never_as_a_warning()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = logs.CreateFactory();
        var (transport, _, time) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.BadGateway, "{}").ThenThrow(new HttpRequestException("reset")).Then(HttpStatusCode.OK, "{}"),
            options => options.With(loggerFactory: factory));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things")));

        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Warning);
        Assert.Equal(2, logs.Lines.Count(line => line.Level == LogLevel.Debug && line.Message.Contains("retrying", StringComparison.Ordinal)));
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Debug && line.Message.Contains("succeeded on attempt 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_that_fails_after_its_retries_is_one_warning()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = logs.CreateFactory();
        var (transport, _, time) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.BadGateway, "{}").Then(HttpStatusCode.BadGateway, "{}"),
            options => options.With(retry: new RetryOptions { MaxRetries = 1 }, loggerFactory: factory));

        await Assert.ThrowsAsync<Errors.ApiServerException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things"))));

        var warning = Assert.Single(logs.Lines, line => line.Level >= LogLevel.Warning);
        Assert.Contains("502 on attempt 2", warning.Message, StringComparison.Ordinal);
    }

    private sealed class SampleRetry : ApiClientOptions
    {
        public SampleRetry()
            : base("sample", new Uri("https://api.sample.test/"))
        {
        }

        public ApiTransportOptions ToTransportOptions() => ToTransportOptions(null);
    }
}
