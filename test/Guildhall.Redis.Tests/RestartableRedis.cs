using Guildhall.Testing;
using Guildhall.Testing.Redis;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// A redis-server of one test's own, to stop and start again on the same port, and a connection set up as
/// <c>AddGuildhallRedis</c> sets it up: never giving up, reconnecting in the background.
/// </summary>
public sealed class RestartableRedis : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guildhall-redis-outage-").FullName;
    private readonly int _port = RedisProcess.FreePort();
    private readonly string[] _arguments;
    private RedisProcess _server;

    private RestartableRedis(bool persistent)
    {
        // Persistent: every write is on disk before Redis answers, so a restart keeps what was acknowledged.
        _arguments = persistent ? ["--appendonly", "yes", "--appendfsync", "always"] : [];
        _server = RedisProcess.Start(_port, _directory, _arguments);
    }

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    /// <summary>The server's address, for a connection of the code under test's own (with StackExchange.Redis's default timeouts).</summary>
    public string Endpoint => _server.Endpoint;

    public static async Task<RestartableRedis> StartAsync(bool persistent = false)
    {
        var redis = new RestartableRedis(persistent);
        await using (await RedisProcess.ConnectAsync(redis._server.Endpoint))
        {
        }

        redis.Connection = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { redis._server.Endpoint }, AbortOnConnectFail = false, ConnectTimeout = 1000, SyncTimeout = 1000, AsyncTimeout = 1000, ReconnectRetryPolicy = new LinearRetry(100),
        });
        return redis;
    }

    /// <summary>Kills redis-server and waits until the connection noticed.</summary>
    public async Task StopAsync()
    {
        await _server.DisposeAsync();
        await Poll.UntilAsync(() => !Connection.IsConnected, "the connection to notice redis-server is gone");
    }

    /// <summary>Pauses redis-server: connections stay open and nothing is answered until <see cref="ResumeAsync"/>.</summary>
    public Task PauseAsync() => _server.SignalAsync("STOP");

    public Task ResumeAsync() => _server.SignalAsync("CONT");

    /// <summary>Starts redis-server again on the same port and folder.</summary>
    public void Start() => _server = RedisProcess.Start(_port, _directory, _arguments);

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
