using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Core.Tests.Support;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Transport;

public sealed class RetryTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Idempotent_request_is_retried_after_transient_status(HttpStatusCode status)
    {
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(status, "{}").Then(HttpStatusCode.OK, "{\"ok\":true}"));

        var response = await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Post_is_never_repeated_after_a_server_error()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.InternalServerError, "{\"message\":\"boom\"}").Then(HttpStatusCode.OK, "{}"));

        var error = await Assert.ThrowsAsync<ApiServerException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Post, "things"))));

        Assert.Single(handler.Requests);
        Assert.Equal("boom", error.ServerMessage);
    }

    [Fact]
    public async Task Post_marked_safe_is_repeated()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.BadGateway, "<html/>", "text/html").Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Post, "stats") { SafeToRetry = true, Content = () => new StringContent("{}") }));

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, request => Assert.Equal("{}", request.Body));
    }

    [Fact]
    public async Task Patch_is_not_repeated_after_a_network_error_once_sent()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h.ThenThrow(new HttpRequestException("reset", null, HttpStatusCode.OK)).Then(HttpStatusCode.OK, "{}"));

        await Assert.ThrowsAsync<HttpRequestException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Patch, "points"))));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Patch_is_repeated_when_the_connection_was_never_made()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "connection refused");
        var (transport, handler, time) = TransportFactory.Create(h => h.ThenThrow(refused).Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Patch, "points")));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Get_is_retried_after_a_network_error_and_gives_up_after_max_retries()
    {
        var (transport, handler, time) = TransportFactory.Create(h =>
        {
            for (var i = 0; i < 10; i++)
            {
                h.ThenThrow(new HttpRequestException("reset"));
            }
        });

        await Assert.ThrowsAsync<HttpRequestException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things"))));

        Assert.Equal(4, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    public async Task Client_errors_are_not_retried(HttpStatusCode status)
    {
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(status, "{\"message\":\"no\"}").Then(HttpStatusCode.OK, "{}"));

        await Assert.ThrowsAnyAsync<GuildhallApiException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things"))));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Retry_after_header_is_honoured_before_the_next_attempt()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h
            .Then(HttpStatusCode.ServiceUnavailable, "{}", configure: r => r.Headers.Add("Retry-After", "7"))
            .Then(HttpStatusCode.OK, "{}"));
        var started = time.GetUtcNow();
        DateTimeOffset? secondAttemptAt = null;
        handler.Then((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, "{}")));

        var call = transport.SendAsync(new ApiRequest(HttpMethod.Get, "things"));
        await time.RunUntilCompleteAsync(call);
        secondAttemptAt = time.GetUtcNow();

        Assert.Equal(2, handler.Requests.Count);
        Assert.True(secondAttemptAt - started >= TimeSpan.FromSeconds(7), $"waited only {secondAttemptAt - started}");
    }

    [Fact]
    public async Task Retry_after_longer_than_allowed_surfaces_at_once_with_the_wait()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h
            .Then(HttpStatusCode.TooManyRequests, "{\"retry-after\": 3600}")
            .Then(HttpStatusCode.OK, "{}"));

        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "things"))));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.False(error.IsClientSide);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_429_is_retried_even_for_a_post_because_the_server_did_nothing()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h
            .Then(HttpStatusCode.TooManyRequests, "{}", configure: r => r.Headers.Add("Retry-After", "2"))
            .Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Post, "points")));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Content_is_recreated_for_every_attempt()
    {
        var created = 0;
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Put, "things/1") { Content = () => { created++; return new StringContent("x"); } }));

        Assert.Equal(2, created);
    }
}
