using Guildhall.Polympics.Models;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Polympics.AspNetCore.Tests;

/// <summary>The sandbox's callbacks, delivered to the endpoint as the real server would deliver them.</summary>
public sealed class SandboxDeliveryTests
{
    [Fact]
    public async Task A_team_change_through_the_client_arrives_at_the_endpoint()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await SandboxHost.StartInMemoryAsync(new SandboxOptions { OutboundHandler = receiver.Server.CreateHandler() });
        using var http = new HttpClient(sandbox.CreateHandler());
        using var app = new PolympicsAppClient(http, new PolympicsClientOptions
        {
            BaseAddress = sandbox.GetApiBase("polympics"),
            Credentials = new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken),
        });

        await app.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, new Uri("https://bot.example" + CallbackReceiver.Path), CallbackReceiver.Secret);
        await app.Accounts.UpdateAsync(PolympicsSandboxCredentials.CaptainAccountId, new PolympicsAccountUpdate { Team = PolympicsTeamChange.To(3) });

        var received = await receiver.NextAsync();
        Assert.Equal(PolympicsSandboxCredentials.CaptainAccountId, received.Account.Id);
        Assert.Equal(("Polar Bears", 3), (received.Team!.Name, received.Account.Team!.Id));
    }

    [Fact]
    public async Task A_callback_registered_with_another_secret_is_refused()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var sandbox = await SandboxHost.StartInMemoryAsync(new SandboxOptions { OutboundHandler = receiver.Server.CreateHandler() });
        using var http = new HttpClient(sandbox.CreateHandler());
        using var app = new PolympicsAppClient(http, new PolympicsClientOptions
        {
            BaseAddress = sandbox.GetApiBase("polympics"),
            Credentials = new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken),
        });

        await app.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, new Uri("https://bot.example" + CallbackReceiver.Path), "not-the-secret");
        using var admin = sandbox.CreateClient();
        using var fired = await admin.PostAsync("_sandbox/polympics/callbacks/account_team_update/fire",
            new StringContent($"{{\"account\":\"{PolympicsSandboxCredentials.CaptainAccountId}\"}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("\"status_code\":401", await fired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, receiver.Received);
    }
}
