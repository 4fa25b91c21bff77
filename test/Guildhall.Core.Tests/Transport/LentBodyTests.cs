using System.Net;
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
}
