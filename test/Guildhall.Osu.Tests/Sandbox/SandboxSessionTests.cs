using System.Net.Http.Headers;
using Guildhall.Core.Credentials;
using Guildhall.Core.Errors;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Models;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>User sessions through the authorization code flow against the sandbox, scopes and revocation.</summary>
public sealed class SandboxSessionTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    [Theory]
    [InlineData(OsuScoreFormat.Lazer)]
    [InlineData(OsuScoreFormat.Legacy)]
    public async Task A_user_authorizes_the_application_and_reads_their_profile_and_friends(OsuScoreFormat format)
    {
        var storage = sandbox.Storage(format);

        var osu = await sandbox.AuthorizeAsync(storage, OsuScopes.Identify, OsuScopes.Public, OsuScopes.FriendsRead);
        var me = await osu.Users.GetMeAsync();
        var meInMania = await osu.Users.GetMeAsync(GameMode.Mania);
        var friends = await osu.Users.GetFriendsAsync();
        var pinned = await osu.Users.ListScoresAsync(me.Id, Queries.UserScoreType.Pinned).ToListAsync();

        Assert.Equal(OsuSandboxCredentials.UserId, osu.SessionId);
        Assert.Equal(OsuSandboxCredentials.Username, me.Username);
        Assert.NotNull(meInMania.Statistics);
        Assert.NotEmpty(friends);
        Assert.All(friends, friend => Assert.Equal(UserRelationType.Friend, friend.RelationType));
        Assert.NotEmpty(pinned);
        Assert.All(pinned, score => Assert.Equal(format, score.Format));
        Assert.True(storage.ClientExists(OsuSandboxCredentials.UserId));
    }

    [Fact]
    public async Task The_app_client_may_not_read_a_profile_of_its_own()
    {
        var storage = sandbox.Storage();

        var exception = await Assert.ThrowsAsync<ApiForbiddenException>(() => storage.AppClient.Users.GetMeAsync());

        Assert.Equal("missing_scope", exception.ErrorCode);
        Assert.Null(exception.StatusCode);
        Assert.Contains("guest", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_without_the_friends_scope_is_refused_before_sending()
    {
        var storage = sandbox.Storage();
        var osu = await sandbox.AuthorizeAsync(storage, OsuScopes.Public);

        var exception = await Assert.ThrowsAsync<ApiForbiddenException>(() => osu.Users.GetFriendsAsync());

        Assert.Contains("friends.read", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_answers_a_missing_scope_with_403_and_its_message()
    {
        var storage = sandbox.Storage();
        var token = await (await sandbox.AuthorizeAsync(storage, OsuScopes.Public)).GetCurrentTokenAsync();
        await using var raw = new OsuClient(sandbox.Http, sandbox.Options(), new AuthorizationHeaderCredential("Bearer " + token.AccessToken));

        var exception = await Assert.ThrowsAsync<ApiForbiddenException>(() => raw.Users.GetFriendsAsync());

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("A required scope is missing.", exception.ServerMessage);
    }

    [Fact]
    public async Task The_server_answers_a_guest_token_on_a_user_route_with_401()
    {
        var storage = sandbox.Storage();
        var token = await storage.OAuth.RequestClientCredentialsAsync();
        await using var raw = new OsuClient(sandbox.Http, sandbox.Options(), new AuthorizationHeaderCredential("Bearer " + token.AccessToken));

        var exception = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => raw.Users.GetMeAsync());

        Assert.Equal("authentication", exception.ErrorCode);
    }

    [Fact]
    public async Task Revoking_a_session_revokes_its_token_and_forgets_it()
    {
        var storage = sandbox.Storage();
        var osu = await sandbox.AuthorizeAsync(storage);
        var token = await osu.GetCurrentTokenAsync();

        await storage.RevokeClientAsync(osu.SessionId);

        Assert.False(storage.ClientExists(OsuSandboxCredentials.UserId));
        Assert.False(await storage.Repository.ExistsAsync(storage.Owner, OsuSandboxCredentials.UserId));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.Host.GetApiBase("osu"), "api/v2/me"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var response = await sandbox.Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => storage.GetClientAsync(OsuSandboxCredentials.UserId));
    }

    [Fact]
    public async Task A_used_code_cannot_be_exchanged_again()
    {
        var storage = sandbox.Storage();
        var request = storage.OAuth.CreateAuthorizationRequest();
        using var response = await sandbox.Http.GetAsync(request.Url);
        var code = storage.OAuth.ReadAuthorizationCode(response.Headers.Location!, request);
        await storage.OAuth.ExchangeCodeAsync(code, request.RedirectUri);

        var exception = await Assert.ThrowsAsync<ApiValidationException>(() => storage.OAuth.ExchangeCodeAsync(code, request.RedirectUri));

        Assert.Equal("invalid_grant", exception.ErrorCode);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_by_the_sandbox()
    {
        var options = sandbox.Options();
        options.ClientSecret = "not-the-secret";
        var storage = sandbox.Storage(options);

        var exception = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => storage.AppClient.Users.GetAsync(OsuSandboxSeed.StaffUserId));

        Assert.Equal("invalid_client", exception.ErrorCode);
        Assert.DoesNotContain("not-the-secret", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_storage_announces_added_clients()
    {
        var storage = sandbox.Storage();
        var added = new List<long>();
        storage.ClientAdded += (_, args) => added.Add(args.SessionId);

        _ = storage.AppClient;
        await sandbox.AuthorizeAsync(storage);

        Assert.Equal([OsuClientStorage.AppSessionId, OsuSandboxCredentials.UserId], added);
    }
}
