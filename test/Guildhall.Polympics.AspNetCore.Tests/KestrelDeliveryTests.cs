using System.Threading.Channels;
using Guildhall.Polympics.Models;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Polympics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Polympics.AspNetCore.Tests;

/// <summary>The same flow over real sockets: the sandbox and the receiver both on Kestrel at 127.0.0.1:0.</summary>
public sealed class KestrelDeliveryTests
{
    [Fact]
    public async Task A_team_change_reaches_a_receiver_over_the_network()
    {
        var events = Channel.CreateUnbounded<PolympicsAccountTeamUpdateEvent>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        await using var receiver = builder.Build();
        receiver.MapPolympicsCallbacks(CallbackReceiver.Path, options =>
        {
            options.Secret = CallbackReceiver.Secret;
            options.OnAccountTeamUpdate = async context => await events.Writer.WriteAsync(context.Event, context.CancellationToken);
        });
        await receiver.StartAsync();
        var receiverAddress = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var sandbox = await SandboxHost.StartAsync();
        using var app = new PolympicsAppClient(
            new PolympicsCredentials(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken),
            new PolympicsClientOptions { BaseAddress = sandbox.GetApiBase("polympics") });

        await app.Callbacks.CreateAsync(PolympicsEventType.AccountTeamUpdate, new Uri(receiverAddress.TrimEnd('/') + CallbackReceiver.Path), CallbackReceiver.Secret);
        await app.Accounts.UpdateAsync(PolympicsSandboxCredentials.AdminAccountId, new PolympicsAccountUpdate { Team = PolympicsTeamChange.NoTeam });

        var received = await events.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(PolympicsSandboxCredentials.AdminAccountId, received.Account.Id);
        Assert.Null(received.Team);
        await receiver.StopAsync();
    }
}
