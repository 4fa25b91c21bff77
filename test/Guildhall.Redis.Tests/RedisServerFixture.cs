using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// Starts a throwaway redis-server on a free loopback port for the test run (no persistence) and stops it afterwards.
/// The binary must be on the PATH: CI installs it (.ci/run); a missing binary fails the tests with a clear message.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private Process? _server;

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        Port = FreePort();
        try
        {
            _server = Process.Start(new ProcessStartInfo("redis-server", ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("redis-server is not installed; run .ci/run or `apt-get install redis-server`.", exception);
        }

        Connection = await ConnectWithRetriesAsync($"127.0.0.1:{Port}");
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_server is { HasExited: false })
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
    }

    /// <summary>A second, independent connection: what another process of the bot would hold.</summary>
    public Task<ConnectionMultiplexer> ConnectAnotherAsync() => ConnectWithRetriesAsync($"127.0.0.1:{Port}");

    private static async Task<ConnectionMultiplexer> ConnectWithRetriesAsync(string endpoint)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions { EndPoints = { endpoint }, ConnectTimeout = 2000, AbortOnConnectFail = true });
            }
            catch (RedisConnectionException) when (attempt < 50)
            {
                // The server is still starting.
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisServerGroup : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
