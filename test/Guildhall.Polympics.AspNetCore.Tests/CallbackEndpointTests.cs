using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Guildhall.Polympics.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Guildhall.Polympics.AspNetCore.Tests;

public sealed class CallbackEndpointTests : IAsyncLifetime
{
    private const string Event = """
        {"account": {"id": "310473552284467201", "name": "Athena", "discriminator": "0001", "avatar_url": null, "team": null,
          "permissions": 32, "created_at": 1732636800.5, "awards": []}, "team": null}
        """;

    private CallbackReceiver _receiver = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _receiver = await CallbackReceiver.StartAsync(maxBodyBytes: 4096);
        _http = _receiver.Server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _receiver.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CallbackReceiver.Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return _http.SendAsync(request);
    }

    [Fact]
    public async Task The_right_secret_delivers_the_event_to_the_handler()
    {
        using var response = await PostAsync(Event, "Bearer " + CallbackReceiver.Secret);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var received = await _receiver.NextAsync();
        Assert.Equal(310473552284467201ul, received.Account.Id);
        Assert.Null(received.Team);
    }

    [Theory]
    [InlineData("Bearer wrong")]
    [InlineData("Basic c3cwcmRmaXNo")]
    [InlineData(null)]
    public async Task A_wrong_or_missing_secret_is_401_and_the_handler_is_not_run(string? authorization)
    {
        using var response = await PostAsync(Event, authorization);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(CallbackReceiver.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _receiver.Received);
    }

    [Theory]
    [InlineData("{\"account\": {\"id\": \"31")]
    [InlineData("{\"team\": null}")]
    [InlineData("not json")]
    public async Task A_body_that_is_not_the_event_is_400(string body)
    {
        using var response = await PostAsync(body, "Bearer " + CallbackReceiver.Secret);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _receiver.Received);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        using var response = await PostAsync(Event + new string(' ', 5000), "Bearer " + CallbackReceiver.Secret);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_without_a_length_is_413_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CallbackReceiver.Path) { Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(Event + new string(' ', 5000)))) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CallbackReceiver.Secret);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Only_post_is_mapped()
    {
        using var response = await _http.GetAsync(CallbackReceiver.Path);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public void Mapping_without_a_secret_or_a_handler_fails_at_startup()
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        Assert.Throws<ArgumentException>(() => app.MapPolympicsCallbacks("/cb", options => options.OnAccountTeamUpdate = _ => ValueTask.CompletedTask));
        Assert.Throws<ArgumentException>(() => app.MapPolympicsCallbacks("/cb", options => options.Secret = "s"));
        Assert.DoesNotContain("hunter2", new PolympicsCallbackOptions { Secret = "hunter2" }.ToString(), StringComparison.Ordinal);
    }

    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
