using System.Net;
using Guildhall.Osu.Authentication;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>The stand-alone clients, which open their own connections, against the sandbox on real Kestrel over loopback.</summary>
public sealed class KestrelSandboxTests : IAsyncLifetime
{
    private SandboxHost _host = null!;

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private OsuClientOptions Options() => new()
    {
        BaseAddress = _host.GetApiBase("osu"),
        ClientId = OsuSandboxCredentials.ClientId,
        ClientSecret = OsuSandboxCredentials.ClientSecret,
        RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
    };

    [Fact]
    public async Task The_app_client_works_on_its_own_connections()
    {
        await using var osu = new OsuClient(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, Options());

        var user = await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);

        Assert.Equal(OsuSandboxSeed.StaffUsername, user.Username);
        Assert.Equal(OsuClientStorage.AppSessionId, osu.SessionId);
        Assert.Null((await osu.GetCurrentTokenAsync()).OwnerId);
    }

    [Fact]
    public async Task A_client_built_from_a_user_token_acts_as_the_user_and_a_storage_finds_it_by_token()
    {
        await using var storage = new OsuClientStorage(Options());
        var request = storage.OAuth.CreateAuthorizationRequest();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var approval = await browser.GetAsync(request.Url);
        Assert.Equal(HttpStatusCode.Redirect, approval.StatusCode);
        var token = await storage.OAuth.ExchangeCodeAsync(storage.OAuth.ReadAuthorizationCode(approval.Headers.Location!, request), request.RedirectUri);

        await using var osu = new OsuClient(token, Options());
        var me = await osu.Users.GetMeAsync();
        var stored = await storage.GetClientAsync(token);
        var again = await storage.GetClientAsync(token);

        Assert.Equal(OsuSandboxCredentials.UserId, me.Id);
        Assert.Equal(OsuSandboxCredentials.UserId, osu.SessionId);
        Assert.Same(stored, again);
        Assert.Equal(OsuSandboxCredentials.Username, (await stored.Users.GetMeAsync()).Username);
    }

    [Fact]
    public async Task Without_an_app_client_the_storage_refuses_to_make_one()
    {
        var options = Options();
        options.CreateAppClient = false;
        await using var storage = new OsuClientStorage(options);

        Assert.Throws<InvalidOperationException>(() => storage.AppClient);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => storage.GetClientAsync(12345));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.AddClientAsync(new OsuToken { AccessToken = "x", ExpiresAt = DateTimeOffset.MaxValue }));
    }
}
