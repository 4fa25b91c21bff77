using System.Threading.Channels;
using Guildhall.Polympics.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Guildhall.Polympics.AspNetCore.Tests;

/// <summary>An in-memory web application with the callback endpoint mapped, recording every event it accepts.</summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    public const string Secret = "sw0rdfish";
    public const string Path = "/polympics/callback";

    private readonly WebApplication _app;
    private readonly Channel<PolympicsAccountTeamUpdateEvent> _events = Channel.CreateUnbounded<PolympicsAccountTeamUpdateEvent>();

    private CallbackReceiver(WebApplication app) => _app = app;

    public TestServer Server => _app.GetTestServer();

    public int Received => _events.Reader.Count;

    public static async Task<CallbackReceiver> StartAsync(int maxBodyBytes = PolympicsCallbackOptions.DefaultMaxBodyBytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app);
        app.MapPolympicsCallbacks(Path, options =>
        {
            options.Secret = Secret;
            options.MaxBodyBytes = maxBodyBytes;
            options.OnAccountTeamUpdate = async context => await receiver._events.Writer.WriteAsync(context.Event, context.CancellationToken);
        });
        await app.StartAsync();
        return receiver;
    }

    public async Task<PolympicsAccountTeamUpdateEvent> NextAsync() =>
        await _events.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
