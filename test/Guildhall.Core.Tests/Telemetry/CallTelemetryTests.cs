using System.Diagnostics;
using System.Net;
using Guildhall.Core.Telemetry;
using Guildhall.Core.Tests.Support;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Telemetry;

/// <summary>
/// Each call is one activity with the OpenTelemetry HTTP client attributes, an error keeps its answer's status code,
/// and the call's duration carries its outcome. Listeners see every Guildhall call of the process, so each test tells
/// its own calls apart by a unique API name.
/// </summary>
public sealed class CallTelemetryTests : IDisposable
{
    private readonly string _api = "telemetry" + Guid.NewGuid().ToString("N")[..8];
    private readonly TelemetryCapture _capture;

    public CallTelemetryTests() =>
        _capture = new TelemetryCapture(activity => Equals(activity.GetTagItem("guildhall.api"), _api), tags => Equals(tags.GetValueOrDefault("guildhall.api"), _api));

    private IReadOnlyCollection<Activity> Activities => _capture.Activities;

    private IReadOnlyCollection<IReadOnlyDictionary<string, object?>> Durations => _capture.Durations;

    [Fact]
    public async Task A_successful_call_is_one_client_activity_with_the_http_conventions()
    {
        var (transport, _, time) = Transport(h => h.Then(HttpStatusCode.ServiceUnavailable, "{}").Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things") { OperationName = "sample.things.list" }));

        var activity = Assert.Single(Activities);
        Assert.Equal("sample.things.list", activity.OperationName);
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal("GET", activity.GetTagItem("http.request.method"));
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("api.example", activity.GetTagItem("server.address"));
        Assert.Equal(443, activity.GetTagItem("server.port"));
        Assert.Equal(1, activity.GetTagItem("http.request.resend_count"));
        Assert.Equal("success", activity.GetTagItem("guildhall.outcome"));
        Assert.Null(activity.GetTagItem("error.type"));
        var duration = Assert.Single(Durations);
        Assert.Equal("success", duration["guildhall.outcome"]);
        Assert.Equal(200, duration["http.response.status_code"]);
    }

    [Fact]
    public async Task An_error_answer_keeps_its_status_code_and_names_it_as_the_error_type()
    {
        var (transport, _, time) = Transport(h => h.Then(HttpStatusCode.NotFound, "{\"message\":\"no\"}"));

        await Assert.ThrowsAsync<Errors.ApiNotFoundException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/9"))));

        var activity = Assert.Single(Activities);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal(404, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("404", activity.GetTagItem("error.type"));
        Assert.Equal("error", activity.GetTagItem("guildhall.outcome"));
        var duration = Assert.Single(Durations);
        Assert.Equal("error", duration["guildhall.outcome"]);
        Assert.Equal(404, duration["http.response.status_code"]);
        Assert.Equal("404", duration["error.type"]);
    }

    [Fact]
    public async Task A_failure_without_an_answer_names_the_exception_type()
    {
        var (transport, _, time) = Transport(h => h.ThenThrow(new HttpRequestException("reset")));

        await Assert.ThrowsAsync<HttpRequestException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Post, "things"))));

        var activity = Assert.Single(Activities);
        Assert.Null(activity.GetTagItem("http.response.status_code"));
        Assert.Equal(typeof(HttpRequestException).FullName, activity.GetTagItem("error.type"));
        Assert.Equal(typeof(HttpRequestException).FullName, Assert.Single(Durations)["error.type"]);
    }

    [Fact]
    public async Task A_call_the_caller_cancels_has_the_canceled_outcome()
    {
        using var cancellation = new CancellationTokenSource();
        var (transport, _, time) = Transport(h => h.Then(async (_, token) =>
        {
            await cancellation.CancelAsync();
            token.ThrowIfCancellationRequested();
            return StubHandler.Response(HttpStatusCode.OK, "{}");
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things"), cancellation.Token)));

        Assert.Equal("canceled", Assert.Single(Durations)["guildhall.outcome"]);
    }

    public void Dispose() => _capture.Dispose();

    private (ApiTransport Transport, StubHandler Handler, TimerAwareClock Time) Transport(Action<StubHandler> script) =>
        TransportFactory.Create(script, options => new ApiTransportOptions
        {
            ApiName = _api,
            BaseAddress = options.BaseAddress,
            TimeProvider = options.TimeProvider,
            RateLimitStore = options.RateLimitStore,
            Credentials = options.Credentials,
            Retry = new RetryOptions { Jitter = () => 1 },
        });
}
