using System.Net;
using System.Web;
using Guildhall.Core.Errors;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Tests.Infrastructure;

namespace Guildhall.Osu.Tests.Authentication;

public sealed class OsuOAuthClientTests : IDisposable
{
    private readonly StubOsuServer _server = new();
    private readonly HttpClient _http;
    private readonly OsuOAuthClient _oauth;

    public OsuOAuthClientTests()
    {
        _http = new HttpClient(_server);
        _oauth = new OsuOAuthClient(_http, TestOptions.Create());
    }

    public void Dispose()
    {
        _oauth.Dispose();
        _http.Dispose();
    }

    [Fact]
    public void The_authorize_url_carries_the_client_redirect_scopes_and_a_fresh_state()
    {
        var first = _oauth.CreateAuthorizationRequest([OsuScopes.Identify, OsuScopes.FriendsRead]);
        var second = _oauth.CreateAuthorizationRequest();

        Assert.Equal("https://osu.test/oauth/authorize", first.Url.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(first.Url.Query);
        Assert.Equal("4242", query["client_id"]);
        Assert.Equal("http://127.0.0.1:7270/callback", query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("identify friends.read", query["scope"]);
        Assert.Equal(first.State, query["state"]);
        Assert.True(first.State.Length >= 40);
        Assert.NotEqual(first.State, second.State);
        Assert.Equal(["identify", "public"], second.Scopes);
    }

    [Fact]
    public void A_callback_with_the_right_state_yields_its_code()
    {
        var request = _oauth.CreateAuthorizationRequest();

        var code = _oauth.ReadAuthorizationCode(new Uri($"http://127.0.0.1:7270/callback?code=abc%2Fdef&state={Uri.EscapeDataString(request.State)}"), request);

        Assert.Equal("abc/def", code);
    }

    [Theory]
    [InlineData("?code=abc&state=forged", "state_mismatch")]
    [InlineData("?code=abc", "state_mismatch")]
    [InlineData("?error=access_denied&error_description=The+user+denied&state=x", "access_denied")]
    public void A_bad_callback_is_refused_with_a_typed_error(string query, string error)
    {
        var request = _oauth.CreateAuthorizationRequest();

        var exception = Assert.Throws<OsuAuthorizationException>(() => _oauth.ReadAuthorizationCode(new Uri("http://127.0.0.1:7270/callback" + query), request));

        Assert.Equal(error, exception.Error);
    }

    [Fact]
    public void A_callback_without_a_code_is_refused()
    {
        var request = _oauth.CreateAuthorizationRequest();

        var exception = Assert.Throws<OsuAuthorizationException>(() => _oauth.ReadAuthorizationCode(new Uri($"http://127.0.0.1:7270/callback?state={Uri.EscapeDataString(request.State)}"), request));

        Assert.Equal("missing_code", exception.Error);
    }

    [Fact]
    public async Task Client_credentials_ask_for_the_public_scope_with_a_form()
    {
        var token = await _oauth.RequestClientCredentialsAsync();

        var sent = Assert.Single(_server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        var form = HttpUtility.ParseQueryString(sent.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("public", form["scope"]);
        Assert.Null(token.RefreshToken);
        Assert.Null(token.OwnerId);
        Assert.Equal(["public"], token.Scopes);
        Assert.Equal(TestOptions.Start.AddDays(1), token.ExpiresAt);
    }

    [Fact]
    public async Task A_code_exchange_yields_a_user_token_with_claims_and_a_refresh_token()
    {
        var token = await _oauth.ExchangeCodeAsync("code-for-7562902");

        var form = HttpUtility.ParseQueryString(Assert.Single(_server.Requests).Body);
        Assert.Equal("authorization_code", form["grant_type"]);
        Assert.Equal("http://127.0.0.1:7270/callback", form["redirect_uri"]);
        Assert.Equal(7562902, token.OwnerId);
        Assert.NotNull(token.RefreshToken);
        Assert.True(token.HasScope(OsuScopes.Identify));
        Assert.False(token.HasScope(OsuScopes.ChatWrite));
    }

    [Fact]
    public async Task A_refresh_rotates_the_refresh_token()
    {
        var first = await _oauth.ExchangeCodeAsync("code-for-5");

        var second = await _oauth.RefreshAsync(first);

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        var reused = await Assert.ThrowsAsync<ApiValidationException>(() => _oauth.RefreshAsync(first));
        Assert.Equal("invalid_grant", reused.ErrorCode);
        Assert.Equal("osu.oauth.refresh", reused.Operation);
        Assert.Contains("The refresh token is invalid", reused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_is_reported_as_unauthorized_without_the_secret()
    {
        var options = TestOptions.Create();
        options.ClientSecret = "wrong-secret-value";
        using var oauth = new OsuOAuthClient(_http, options);

        var exception = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => oauth.RequestClientCredentialsAsync());

        Assert.Equal("invalid_client", exception.ErrorCode);
        Assert.DoesNotContain("wrong-secret-value", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_response_without_a_token_fails_without_showing_the_body()
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, """{"token_type":"Bearer","access_token":"secret-looking","expires_in":0}"""));
        using var oauth = new OsuOAuthClient(http, TestOptions.Create());

        var exception = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => oauth.RequestClientCredentialsAsync());

        Assert.Null(exception.RawBody);
        Assert.DoesNotContain("secret-looking", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_token_response_fails_without_showing_the_body()
    {
        using var http = new HttpClient(new CannedHandler(HttpStatusCode.OK, """{"token_type":"Bearer","access_token":"eyJ-half-a-sec"""));
        using var oauth = new OsuOAuthClient(http, TestOptions.Create());

        var exception = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => oauth.RequestClientCredentialsAsync());

        Assert.DoesNotContain("eyJ-half", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_sends_the_token_to_the_revocation_endpoint()
    {
        var token = await _oauth.ExchangeCodeAsync("code-for-9");

        await _oauth.RevokeAsync(token);

        var revoke = _server.Requests.Last();
        Assert.Equal("DELETE", revoke.Method);
        Assert.Equal("/api/v2/oauth/tokens/current", revoke.Path);
        Assert.Equal(token.AccessToken, revoke.Authorization);
    }

    [Fact]
    public void A_token_never_shows_its_secrets()
    {
        var token = new OsuToken { AccessToken = "access-secret", RefreshToken = "refresh-secret", ExpiresAt = TestOptions.Start, OwnerId = 3, Scopes = ["public"] };

        Assert.DoesNotContain("secret", token.ToString(), StringComparison.Ordinal);
        Assert.Contains("owner 3", token.ToString(), StringComparison.Ordinal);
    }

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(StubOsuServer.Respond(status, body, "application/json"));
    }
}
