using System.Net;
using System.Text;
using Guildhall.Core.Errors;
using Guildhall.Core.Tests.Support;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Transport;

public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData(HttpStatusCode.NotFound, typeof(ApiNotFoundException))]
    [InlineData(HttpStatusCode.Unauthorized, typeof(ApiUnauthorizedException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(ApiForbiddenException))]
    [InlineData(HttpStatusCode.BadRequest, typeof(ApiValidationException))]
    [InlineData(HttpStatusCode.UnprocessableEntity, typeof(ApiValidationException))]
    [InlineData(HttpStatusCode.Conflict, typeof(GuildhallApiException))]
    public async Task Status_maps_to_the_exception_callers_branch_on(HttpStatusCode status, Type expected)
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then(status, "{\"message\":\"Bot not found\",\"code\":1003}"));

        var error = await Assert.ThrowsAnyAsync<GuildhallApiException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "bots/1") { OperationName = "test.bots.get" })));

        Assert.IsType(expected, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("test", error.Api);
        Assert.Equal("1003", error.ErrorCode);
        Assert.Equal("Bot not found", error.ServerMessage);
        Assert.Contains("test.bots.get", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_error_page_gives_a_clear_message_and_keeps_the_raw_body()
    {
        const string page = "<!DOCTYPE html><html><head><title>502 Bad Gateway | cloudflare</title></head><body>...</body></html>";
        var (transport, _, time) = TransportFactory.Create(h =>
        {
            for (var i = 0; i < 4; i++)
            {
                h.Then(HttpStatusCode.BadGateway, page, "text/html");
            }
        });

        var error = await Assert.ThrowsAsync<ApiServerException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "bots/1"))));

        Assert.Contains("502 Bad Gateway | cloudflare", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", error.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_details_validation_errors_are_listed()
    {
        const string body = """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"[0].name":["The name field is required."]},"traceId":"00-abc-01"}""";
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.BadRequest, body, "application/problem+json"));

        var error = await Assert.ThrowsAsync<ApiValidationException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Post, "commands"))));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("[0].name", problem.Location);
        Assert.Equal("The name field is required.", problem.Message);
        Assert.Equal("00-abc-01", error.RequestId);
    }

    [Fact]
    public async Task FastApi_style_detail_list_is_read_with_locations()
    {
        const string body = """{"detail":[{"loc":["body","name"],"msg":"field required","type":"value_error.missing"}]}""";
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.UnprocessableEntity, body));

        var error = await Assert.ThrowsAsync<ApiValidationException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Post, "accounts"))));

        Assert.Equal(new ApiValidationError("body.name", "field required", "value_error.missing"), Assert.Single(error.Errors));
    }

    [Fact]
    public async Task Request_id_comes_from_headers_when_the_body_has_none()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.NotFound, "", configure: r => r.Headers.Add("x-request-id", "req-42")));

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"))));

        Assert.Equal("req-42", error.RequestId);
        Assert.Null(error.RawBody);
    }

    [Fact]
    public async Task Secrets_never_appear_in_the_exception()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.Unauthorized, "{\"error\":\"Unauthorized\"}"));

        var error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"))));

        Assert.DoesNotContain("secret-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_where_json_was_expected_on_success_is_an_invalid_response()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, "<html>maintenance</html>", "text/html"));

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"), TestJsonContext.Default.Sample)));

        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_json_is_an_invalid_response_not_a_json_exception()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, "{\"name\":\"abc\",\"count\":"));

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"), TestJsonContext.Default.Sample)));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"name\":\"abc\",\"count\":", error.RawBody);
    }

    [Fact]
    public async Task A_body_shorter_than_its_declared_length_is_a_network_error_retried_for_reads()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h
            .Then((_, _) => Task.FromResult(ShortBody()))
            .Then(HttpStatusCode.OK, "{\"name\":\"whole\",\"count\":1}"));

        var sample = await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"), TestJsonContext.Default.Sample));

        Assert.Equal("whole", sample.Name);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_short_body_on_a_post_surfaces_as_a_response_ended_error()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then((_, _) => Task.FromResult(ShortBody())));

        var error = await Assert.ThrowsAsync<HttpIOException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Post, "x"))));

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.Contains("declared", error.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage ShortBody()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream("{\"name\":"u8.ToArray())) };
        response.Content.Headers.ContentLength = 100;
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return response;
    }

    [Fact]
    public async Task Empty_body_where_json_was_expected_is_an_invalid_response()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK));

        await Assert.ThrowsAsync<ApiInvalidResponseException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"), TestJsonContext.Default.Sample)));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF8")]
    [InlineData("application/json")]
    [InlineData("application/vnd.api+json")]
    public async Task Any_json_media_type_and_charset_spelling_is_read(string contentType)
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("{\"name\":\"zoë\",\"count\":2}"u8.ToArray()) };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return Task.FromResult(response);
        }));

        var sample = await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"), TestJsonContext.Default.Sample));

        Assert.Equal(new Sample("zoë", 2), sample);
    }

    [Fact]
    public async Task Latin1_body_is_transcoded()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.Latin1.GetBytes("{\"name\":\"café\",\"count\":1}")) };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=iso-8859-1");
            return Task.FromResult(response);
        }));

        var sample = await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"), TestJsonContext.Default.Sample));

        Assert.Equal("café", sample.Name);
    }

    [Fact]
    public async Task Empty_success_bodies_are_fine_when_no_json_is_expected()
    {
        var (transport, _, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.NoContent).Then(HttpStatusCode.Created).Then((HttpStatusCode)208));

        foreach (var expected in new[] { HttpStatusCode.NoContent, HttpStatusCode.Created, (HttpStatusCode)208 })
        {
            var response = await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Put, "x")));
            Assert.Equal(expected, response.StatusCode);
            Assert.True(response.Body.IsEmpty);
        }
    }

    [Fact]
    public async Task Oversized_body_fails_clearly()
    {
        var (transport, _, time) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.OK, new string('x', 5000)),
            o => new ApiTransportOptions { ApiName = o.ApiName, BaseAddress = o.BaseAddress, TimeProvider = o.TimeProvider, MaxResponseBytes = 1024 });

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"))));

        Assert.Contains("1024", error.Message, StringComparison.Ordinal);
    }
}
