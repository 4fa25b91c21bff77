using Guildhall.Core.Errors;
using Guildhall.Polympics.Models;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Polympics.Tests;

public sealed class CallbacksAndSessionsClientTests : PolympicsClientTestBase
{
    private static readonly Uri Receiver = new("https://bot.example/polympics");

    [Fact]
    public async Task Callbacks_create_list_get_delete()
    {
        Assert.Null(await App.Callbacks.GetAsync(PolympicsEventType.AccountTeamUpdate));
        Assert.Empty(await App.Callbacks.GetAllAsync());

        var created = await App.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, Receiver, "sw0rdfish");
        Assert.Equal((PolympicsEventType.AccountTeamUpdate, Receiver), (created.Event, created.Url));
        var replaced = await App.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, new Uri("https://bot.example/v2"), "sw0rdfish");
        Assert.NotEqual(created.Id, replaced.Id);

        Assert.Equal(replaced, await App.Callbacks.GetAsync(PolympicsEventType.AccountTeamUpdate));
        Assert.Equal(new Uri("https://bot.example/v2"), (await App.Callbacks.GetAllAsync())[PolympicsEventType.AccountTeamUpdate]);
        Assert.True(await App.Callbacks.DeleteAsync(PolympicsEventType.AccountTeamUpdate));
        Assert.False(await App.Callbacks.DeleteAsync(PolympicsEventType.AccountTeamUpdate));
    }

    [Fact]
    public async Task The_server_refuses_a_localhost_callback()
    {
        var error = await Assert.ThrowsAsync<ApiValidationException>(() =>
            App.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, new Uri("http://localhost/cb"), "secret"));
        var issue = Assert.Single(error.Errors);
        Assert.Equal(("body.url", "value_error.url.host"), (issue.Location, issue.Type));
    }

    [Fact]
    public async Task Callback_arguments_are_checked_before_sending()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => App.Callbacks.GetAsync(PolympicsEventType.Unknown));
        await Assert.ThrowsAsync<ArgumentException>(() => App.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, new Uri("ftp://bot.example/"), "s"));
        await Assert.ThrowsAsync<ArgumentException>(() => App.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, Receiver, ""));
        Assert.Empty(Recorder.Requests);
    }

    [Fact]
    public async Task Create_session_and_act_as_the_account()
    {
        var session = await App.CreateSessionAsync(Apollo);
        Assert.Equal(SandboxTime.GetUtcNow().AddDays(30), session.ExpiresAt);
        using var apollo = new PolympicsUserClient(NewHttpClient(), SignedIn(Options(), session.ToCredentials()));
        Assert.Equal("Apollo", (await apollo.GetSelfAsync()).Name);
        await Assert.ThrowsAsync<ApiForbiddenException>(() => LimitedApp.CreateSessionAsync(Apollo));
    }

    [Fact]
    public async Task An_expired_session_is_refused()
    {
        var session = await App.CreateSessionAsync(Apollo);
        using var apollo = new PolympicsUserClient(NewHttpClient(), SignedIn(Options(), session.ToCredentials()));
        SandboxTime.Advance(TimeSpan.FromDays(31));
        var error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => apollo.GetSelfAsync());
        Assert.True(PolympicsErrorDetails.Is(error, PolympicsErrorDetails.NoToken));
    }

    [Fact]
    public async Task Get_self_describes_the_app_or_the_account()
    {
        var app = await App.GetSelfAsync();
        Assert.Equal(("A1", PolympicsPermissionRules.AppPermissions), (app.Username, app.Permissions));
        Assert.Equal(PolympicsSandboxCredentials.CaptainAccountId, (await Captain.GetSelfAsync()).Id);
    }

    [Fact]
    public async Task Resetting_the_app_token_switches_the_client_to_the_new_one()
    {
        var renewed = await App.ResetTokenAsync();
        Assert.Equal("A1", renewed.Username);
        Assert.NotEqual(PolympicsSandboxCredentials.FullAppToken, renewed.Token);
        Assert.DoesNotContain(renewed.Token, renewed.ToString(), StringComparison.Ordinal);

        Assert.Equal("A1", (await App.GetSelfAsync()).Username);
        Assert.EndsWith(renewed.ToCredentials().BasicParameter, Recorder.Requests.Last().Authorization, StringComparison.Ordinal);

        using var stale = new PolympicsAppClient(NewHttpClient(), SignedIn(Options(), new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken)));
        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => stale.GetSelfAsync());
    }

    [Fact]
    public async Task Resetting_a_session_token_loses_the_session_and_the_client_stops_sending()
    {
        var reset = await Captain.ResetTokenAsync();
        Assert.True(reset.IsSessionLost);
        Assert.Equal(CaptainId, reset.Account!.Id);
        var sent = Recorder.Requests.Count;

        await Assert.ThrowsAsync<PolympicsSessionLostException>(() => Captain.GetSelfAsync());
        await Assert.ThrowsAsync<PolympicsSessionLostException>(() => Captain.Teams.UpdateAsync(1, "Olympians"));
        Assert.Equal(sent, Recorder.Requests.Count);

        // Reads that need no credentials still work.
        Assert.Equal("Athena", (await Captain.Accounts.GetAsync(CaptainId)).Name);
    }

    [Fact]
    public async Task A_session_reset_answered_with_a_session_switches_to_it()
    {
        // The documented answer: the emulator gives the real one, so this serves the documented shape for once.
        const string renewed = "{\"username\":\"S1\",\"password\":\"bmV3LXRva2VuLWZvci10aGUtY2FwdGFpbi1zZXNzaW9u\",\"expires_at\":1790000000.5}";
        await FaultAsync(200, renewed, "application/json", path: "/auth/reset_token");
        var reset = await Captain.ResetTokenAsync();
        Assert.False(reset.IsSessionLost);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_790_000_000_500), reset.Session!.ExpiresAt);

        // The sandbox never issued that token, so the call is refused; what matters is that it carried it.
        await Assert.ThrowsAsync<ApiForbiddenException>(() => Captain.Teams.UpdateAsync(1, "Olympians"));
        Assert.EndsWith(reset.Session.ToCredentials().BasicParameter, Recorder.Requests.Last().Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_reset_keeps_the_old_credentials()
    {
        await FaultAsync(503, "<html><title>Service Unavailable</title></html>", "text/html", path: "/auth/reset_token");
        await Assert.ThrowsAsync<ApiServerException>(() => App.ResetTokenAsync());
        Assert.Equal("A1", (await App.GetSelfAsync()).Username);
    }

    [Fact]
    public async Task Callbacks_refuse_a_session_even_if_called_through_raw_http()
    {
        // The type system keeps Callbacks off user clients; the server refuses them too.
        using var http = NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Sandbox.GetApiBase("polympics"), "callbacks"));
        request.Headers.Authorization = new("Basic", new PolympicsCredentials(PolympicsSandboxCredentials.CaptainSessionUsername, PolympicsSandboxCredentials.CaptainSessionToken).BasicParameter);
        using var response = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(PolympicsErrorDetails.AppsOnly, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
