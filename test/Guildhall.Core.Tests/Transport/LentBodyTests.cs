using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Guildhall.Core.Errors;
using Guildhall.Core.Tests.Support;

namespace Guildhall.Core.Tests.Transport;

/// <summary>
/// A call that reads its answer in place (a model, or a caller's read) borrows a pooled buffer for the body and gives it
/// back afterwards; nothing that can outlive the call (a response returned to the caller, a failed answer, a read that
/// threw) ever holds a pooled buffer.
/// </summary>
public sealed class LentBodyTests
{
    private const string Body = "{\"name\":\"lent\",\"count\":3}";

    [Fact]
    public async Task A_read_sees_the_whole_body_and_the_buffer_is_taken_back_afterwards()
    {
        var (transport, _, _) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, Body));
        ApiResponse? seen = null;

        var text = await transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/1"), response =>
        {
            seen = response;
            return response.ReadText();
        });

        Assert.Equal(Body, text);
        Assert.True(seen!.Body.IsEmpty);
    }

    [Fact]
    public async Task A_read_that_throws_leaves_the_body_with_the_response()
    {
        var (transport, _, _) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, Body));
        ApiResponse? seen = null;

        await Assert.ThrowsAsync<FormatException>(() => transport.SendAsync<int>(new ApiRequest(HttpMethod.Get, "things/1"), response =>
        {
            seen = response;
            throw new FormatException("the caller could not read it");
        }));

        Assert.Equal(Body, seen!.ReadText());
    }

    [Fact]
    public async Task A_response_returned_to_the_caller_and_a_failed_answer_keep_their_own_bodies()
    {
        var (transport, _, _) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, Body).Then(HttpStatusCode.NotFound, Body));

        var response = await transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/1"));
        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/2"), r => r.ReadText()));

        Assert.Equal(Body, response.ReadText());
        Assert.Equal(Body, error.RawBody);
    }

    [Fact]
    public async Task A_chunked_answer_larger_than_the_first_buffer_is_read_whole_and_its_buffer_taken_back()
    {
        var body = ChunkedJson(20_000);
        var (transport, _, _) = TransportFactory.Create(h => h.Then((_, _) => Task.FromResult(Chunked(HttpStatusCode.OK, body))));
        ApiResponse? seen = null;

        var text = await transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/1"), response =>
        {
            seen = response;
            Assert.Null(response.Headers.GetValueOrDefault("Content-Length"));
            return response.ReadText();
        });

        Assert.Equal(body, text);
        Assert.True(seen!.Body.IsEmpty);
    }

    [Fact]
    public async Task A_chunked_answer_returned_or_failed_keeps_an_exact_body_of_its_own()
    {
        var body = ChunkedJson(9_000);
        var (transport, _, _) = TransportFactory.Create(h => h
            .Then((_, _) => Task.FromResult(Chunked(HttpStatusCode.OK, body)))
            .Then((_, _) => Task.FromResult(Chunked(HttpStatusCode.NotFound, body))));

        var response = await transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/1"));
        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => transport.SendAsync(new ApiRequest(HttpMethod.Get, "things/2"), r => r.ReadText()));

        Assert.Equal(body.Length, response.Body.Length);
        Assert.Equal(body, response.ReadText());
        Assert.StartsWith(body[..2_000], error.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_answer_over_the_cap_fails_clearly()
    {
        var (transport, _, _) = TransportFactory.Create(
            h => h.Then((_, _) => Task.FromResult(Chunked(HttpStatusCode.OK, ChunkedJson(5_000)))),
            o => new ApiTransportOptions { ApiName = o.ApiName, BaseAddress = o.BaseAddress, TimeProvider = o.TimeProvider, MaxResponseBytes = 4_096 });

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => transport.SendAsync(new ApiRequest(HttpMethod.Get, "x"), r => r.ReadText()));

        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
    }

    private static string ChunkedJson(int length) => "[\"" + new string('c', length - 4) + "\"]";

    private static HttpResponseMessage Chunked(HttpStatusCode status, string body)
    {
        var content = new StreamContent(new TricklingStream(Encoding.UTF8.GetBytes(body), bytesPerRead: 1_000));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(status) { Content = content };
    }
}
