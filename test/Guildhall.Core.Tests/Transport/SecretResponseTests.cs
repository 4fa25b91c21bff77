using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Core.Tests.Support;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Transport;

/// <summary>
/// A request marked <see cref="ApiRequest.ResponseIsSecret"/> never lets its answer's body into an exception, a log line
/// or a trace, whatever shape the body is in; the same answers without the mark keep their body for diagnosis.
/// </summary>
public sealed class SecretResponseTests
{
    private const string Secret = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    // What an ordinary answer carries in the same place: it is meant to show up in the error, so the suite's secrets
    // audit must not count it (its name marks no secret).
    private const string OrdinaryValue = "visible_0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private static readonly Dictionary<string, (HttpStatusCode Status, string MediaType, Func<string, string> Body)> Bodies = new()
    {
        ["truncated JSON"] = (HttpStatusCode.OK, "application/json", value => $$"""{"name":"{{value}}","cou"""),
        ["malformed JSON"] = (HttpStatusCode.OK, "application/json", value => $$"""{"name":"{{value}}",,"count":1}"""),
        ["a value of the wrong type"] = (HttpStatusCode.OK, "application/json", value => $$"""{"name":"n","count":"{{value}}"}"""),
        ["an HTML page"] = (HttpStatusCode.OK, "text/html", value => $"<html><head><title>{value}</title></head></html>"),
        ["an HTML error page"] = (HttpStatusCode.BadGateway, "text/html", value => $"<html><head><title>{value}</title></head></html>"),
        ["a malformed JSON error"] = (HttpStatusCode.Unauthorized, "application/json", value => $$"""{"error":"{{value}}" """),
    };

    // Cases are named, not spelled out, so the test runner's output never shows the secret.
    public static TheoryData<string> Answers => [.. Bodies.Keys];

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_secret_answer_leaves_no_part_of_its_body_anywhere(string shape)
    {
        using var watch = new SecretLeakWatch();

        var error = await SendAsync(watch, shape, responseIsSecret: true, Secret);

        Assert.True(error.IsBodyWithheld, shape);
        Assert.Null(error.RawBody);
        Assert.Contains("withheld because the response carries credentials", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(watch.LogLines);
        watch.AssertNoPartOf(Secret, error);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task The_same_answer_to_an_ordinary_request_keeps_its_body_for_diagnosis(string shape)
    {
        using var watch = new SecretLeakWatch();

        var error = await SendAsync(watch, shape, responseIsSecret: false, OrdinaryValue);

        Assert.False(error.IsBodyWithheld, shape);
        Assert.Equal(Bodies[shape].Body(OrdinaryValue), error.RawBody);
        Assert.ThrowsAny<Exception>(() => watch.AssertNoPartOf(OrdinaryValue, error));
    }

    [Fact]
    public void An_unusable_secret_body_reported_by_a_client_is_withheld_too()
    {
        var response = new ApiResponse("test", HttpStatusCode.OK, new Dictionary<string, string>(), "application/json", null, System.Text.Encoding.UTF8.GetBytes($$"""{"access_token":"{{Secret}}"}"""))
        {
            IsSecret = true,
        };

        var error = response.CreateUnusableResponseException("the token response has no lifetime");

        Assert.True(error.IsBodyWithheld);
        Assert.Null(error.RawBody);
        Assert.DoesNotContain(Secret[..8], error.ToString(), StringComparison.Ordinal);
        Assert.Contains("the token response has no lifetime", error.Message, StringComparison.Ordinal);
    }

    private static async Task<GuildhallApiException> SendAsync(SecretLeakWatch watch, string shape, bool responseIsSecret, string value)
    {
        var (status, mediaType, body) = Bodies[shape];
        var handler = new StubHandler().Then(status, body(value), mediaType);
        var options = new ApiTransportOptions
        {
            ApiName = "test",
            BaseAddress = new Uri("https://api.example/v1"),
            RateLimitStore = new InMemoryRateLimitStore(),
            Retry = new RetryOptions { MaxRetries = 0 },
            LoggerFactory = watch.LoggerFactory,
        };
        using var transport = new ApiTransport(new HttpClient(handler), options, disposeHttpClient: true);
        var request = new ApiRequest(HttpMethod.Post, "oauth/token") { OperationName = "test.token", ResponseIsSecret = responseIsSecret };

        return await Assert.ThrowsAnyAsync<GuildhallApiException>(() => transport.SendAsync(request, TestJsonContext.Default.Sample));
    }
}
