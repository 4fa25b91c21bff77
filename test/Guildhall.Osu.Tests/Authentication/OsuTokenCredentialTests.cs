using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Tests.Infrastructure;
using Guildhall.Osu.Tests.Wire;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Osu.Tests.Authentication;

public sealed class OsuTokenCredentialTests : IAsyncDisposable
{
    private const long UserId = 7562902;
    private readonly FakeTimeProvider _time = new(TestOptions.Start);
    private readonly StubOsuServer _server = new();
    private readonly InMemoryOsuTokenRepository _repository = new();
    private readonly OsuClientStorage _storage;
    private readonly HttpClient _http;

    // The name of the user every stubbed profile call answers with.
    private const string Username = "Skerry";

    public OsuTokenCredentialTests()
    {
        _http = new HttpClient(_server);
        _storage = new OsuClientStorage(_http, TestOptions.Create(_time), _repository);
        _server.Json("GET", $"users/{UserId}", OsuWire.UserProfile(UserId, Username));
    }

    public async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task A_burst_of_100_calls_with_an_expired_token_refreshes_exactly_once()
    {
        var client = await AddUserAsync();
        _time.Advance(TimeSpan.FromDays(2));
        var gate = new TaskCompletionSource();
        _server.TokenGate = gate;

        var calls = Enumerable.Range(0, 100).Select(_ => client.Users.GetAsync(UserId)).ToList();
        gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, _server.TokenRequests);
        var fresh = await _repository.GetAsync(_storage.Owner, UserId);
        Assert.All(_server.ApiRequests, request => Assert.Equal(fresh!.AccessToken, request.Authorization));
        Assert.Equal(100, _server.ApiRequests.Count());
    }

    [Fact]
    public async Task The_token_is_renewed_a_skew_before_it_expires_and_not_earlier()
    {
        var client = await AddUserAsync();
        var stored = await _repository.GetAsync(_storage.Owner, UserId);

        _time.SetUtcNow(stored!.ExpiresAt - TimeSpan.FromMinutes(1) - TimeSpan.FromSeconds(1));
        await client.Users.GetAsync(UserId);
        Assert.Equal(0, _server.TokenRequests);

        _time.Advance(TimeSpan.FromSeconds(2));
        await client.Users.GetAsync(UserId);
        Assert.Equal(1, _server.TokenRequests);
        Assert.NotEqual(stored.AccessToken, _server.ApiRequests.Last().Authorization);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_stored_token_throws_a_typed_error_and_is_tried_again_next_time()
    {
        var client = await AddUserAsync();
        var before = await _repository.GetAsync(_storage.Owner, UserId);
        _time.Advance(TimeSpan.FromDays(2));
        _server.TokenFailure = (HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"The refresh token is invalid.","message":"The refresh token is invalid."}""");

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => client.Users.GetAsync(UserId));

        Assert.Equal("osu.oauth.refresh", exception.Operation);
        Assert.Equal("invalid_grant", exception.ErrorCode);
        Assert.Equal("osu", exception.Api);
        Assert.Equal(before, await _repository.GetAsync(_storage.Owner, UserId));
        Assert.Empty(_server.ApiRequests);

        _server.TokenFailure = null;
        await client.Users.GetAsync(UserId);
        Assert.NotEqual(before!.AccessToken, (await _repository.GetAsync(_storage.Owner, UserId))!.AccessToken);
    }

    [Fact]
    public async Task A_refresh_that_cannot_reach_the_server_keeps_the_stored_token()
    {
        var client = await AddUserAsync();
        var before = await _repository.GetAsync(_storage.Owner, UserId);
        _time.Advance(TimeSpan.FromDays(2));
        _server.TokenFailure = (HttpStatusCode.ServiceUnavailable, "<html><title>502 Bad Gateway</title></html>");

        var exception = await Assert.ThrowsAsync<ApiServerException>(() => client.Users.GetAsync(UserId));

        Assert.Contains("HTML page", exception.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _repository.GetAsync(_storage.Owner, UserId));
    }

    [Fact]
    public async Task A_burst_of_401s_renews_once_and_every_call_is_sent_again()
    {
        var client = await AddUserAsync();
        var revoked = (await _repository.GetAsync(_storage.Owner, UserId))!.AccessToken;
        _server.RejectedTokens[revoked] = true;
        var gate = new TaskCompletionSource();
        _server.TokenGate = gate;

        var calls = Enumerable.Range(0, 100).Select(_ => client.Users.GetAsync(UserId)).ToList();
        gate.SetResult();
        var users = await Task.WhenAll(calls);

        Assert.Equal(1, _server.TokenRequests);
        Assert.NotEmpty(users);
        Assert.All(users, user => Assert.Equal(Username, user.Username));
        Assert.Equal(100, _server.ApiRequests.Count(request => request.Authorization != revoked));
    }

    [Fact]
    public async Task A_token_rejected_even_after_renewal_surfaces_as_unauthorized()
    {
        var client = await AddUserAsync();
        _server.Route("GET", "me", _ => StubOsuServer.Respond(HttpStatusCode.Unauthorized, """{"authentication":"basic"}""", "application/json"));

        var exception = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Users.GetMeAsync());

        Assert.Equal("authentication", exception.ErrorCode);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task The_app_client_asks_for_one_token_for_a_burst_and_another_only_when_it_expires()
    {
        var calls = Enumerable.Range(0, 100).Select(_ => _storage.AppClient.Users.GetAsync(UserId)).ToList();
        await Task.WhenAll(calls);
        Assert.Equal(1, _server.TokenRequests);

        _time.Advance(TimeSpan.FromDays(1));
        await _storage.AppClient.Users.GetAsync(UserId);
        Assert.Equal(2, _server.TokenRequests);
        Assert.Equal("client_credentials", System.Web.HttpUtility.ParseQueryString(_server.Requests.Last(r => r.Path == "/oauth/token").Body)["grant_type"]);
    }

    [Fact]
    public async Task One_caller_giving_up_does_not_cancel_the_renewal_for_the_others()
    {
        var client = await AddUserAsync();
        _time.Advance(TimeSpan.FromDays(2));
        var gate = new TaskCompletionSource();
        _server.TokenGate = gate;
        using var impatient = new CancellationTokenSource();

        var cancelled = client.Users.GetAsync(UserId, cancellationToken: impatient.Token);
        var patient = client.Users.GetAsync(UserId);
        await impatient.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(Username, (await patient).Username);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task Renewals_are_announced_and_a_failing_subscriber_does_not_undo_them()
    {
        var client = await AddUserAsync();
        var announced = new List<OsuTokenUpdatedEventArgs>();
        _storage.TokenUpdated += (_, args) => throw new InvalidOperationException("subscriber bug");
        _storage.TokenUpdated += (_, args) => announced.Add(args);
        _time.Advance(TimeSpan.FromDays(2));

        await client.Users.GetAsync(UserId);

        var update = Assert.Single(announced);
        Assert.Equal(UserId, update.SessionId);
        Assert.Equal((await _repository.GetAsync(_storage.Owner, UserId))!.AccessToken, update.Token.AccessToken);
    }

    [Fact]
    public async Task An_expired_user_token_without_a_refresh_token_asks_for_a_new_authorization()
    {
        var token = new OsuToken { AccessToken = TestJwt.Create(UserId, ["identify", "public"], "x"), ExpiresAt = TestOptions.Start.AddHours(1), OwnerId = UserId, Scopes = ["identify", "public"] };
        var client = await _storage.AddClientAsync(token);
        _time.Advance(TimeSpan.FromHours(2));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Users.GetAsync(UserId));

        Assert.Contains("authorize again", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.TokenRequests);
    }

    [Fact]
    public async Task A_token_renewed_by_another_process_is_adopted_instead_of_refreshing_again()
    {
        await AddUserAsync();
        var options = TestOptions.Create(_time);
        await using var first = new OsuClientStorage(_http, options, _repository);
        await using var second = new OsuClientStorage(_http, options, _repository);
        var one = await first.GetClientAsync(UserId);
        var two = await second.GetClientAsync(UserId);
        await two.Users.GetAsync(UserId);
        _time.Advance(TimeSpan.FromDays(2));

        await one.Users.GetAsync(UserId);
        await two.Users.GetAsync(UserId);

        Assert.Equal(1, _server.TokenRequests);
        var current = (await _repository.GetAsync(_storage.Owner, UserId))!.AccessToken;
        Assert.Equal(current, _server.ApiRequests.Last().Authorization);
    }

    private async Task<OsuClient> AddUserAsync()
    {
        var token = await _storage.OAuth.ExchangeCodeAsync($"code-for-{UserId}");
        var client = await _storage.AddClientAsync(token);
        while (_server.Requests.TryDequeue(out _))
        {
        }

        return client;
    }
}
