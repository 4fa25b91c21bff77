using StackExchange.Redis;

namespace Guildhall.Testing.Redis;

/// <summary>One standalone redis-server on a free loopback port for the test run, stopped afterwards.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guildhall-redis-").FullName;
    private RedisProcess? _server;

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    /// <summary>The address other processes connect to, for example <c>127.0.0.1:6380</c>.</summary>
    public string Endpoint => _server!.Endpoint;

    public async Task InitializeAsync()
    {
        _server = RedisProcess.Start(RedisProcess.FreePort(), _directory);
        Connection = await RedisProcess.ConnectAsync(_server.Endpoint);
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A second, independent connection: what another process of the bot would hold.</summary>
    public Task<ConnectionMultiplexer> ConnectAnotherAsync() => RedisProcess.ConnectAsync(_server!.Endpoint);
}
