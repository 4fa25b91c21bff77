using System.Globalization;
using Guildhall.Testing.Redis;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// A real Redis Cluster for the test run: three masters (no replicas) on free loopback ports, joined with
/// <c>redis-cli --cluster create</c>, and torn down afterwards with their configuration files.
/// </summary>
public sealed class RedisClusterFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guildhall-redis-cluster-").FullName;
    private readonly List<RedisProcess> _nodes = [];

    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public IReadOnlyList<string> Endpoints => [.. _nodes.Select(node => node.Endpoint)];

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            var port = RedisProcess.FreePort();
            _nodes.Add(RedisProcess.Start(
                port, _directory, "--cluster-enabled", "yes", "--cluster-config-file", $"nodes-{port.ToString(CultureInfo.InvariantCulture)}.conf", "--cluster-node-timeout", "5000"));
        }

        // Each node must answer before the cluster can be created.
        foreach (var node in _nodes)
        {
            await using var probe = await RedisProcess.ConnectAsync(node.Endpoint);
        }

        using var create = RedisProcess.Run("redis-cli", ["--cluster", "create", .. Endpoints, "--cluster-replicas", "0", "--cluster-yes"]);
        var output = await create.StandardOutput.ReadToEndAsync();
        var error = await create.StandardError.ReadToEndAsync();
        await create.WaitForExitAsync();
        if (create.ExitCode != 0)
        {
            throw new InvalidOperationException($"redis-cli --cluster create failed ({create.ExitCode}): {output} {error}");
        }

        await WaitUntilEveryNodeSaysOkAsync();
        Connection = await RedisProcess.ConnectAsync([.. Endpoints]);
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Waits (at most 30 s) until every node reports <c>cluster_state:ok</c>: slots are assigned and gossip has settled.</summary>
    private async Task WaitUntilEveryNodeSaysOkAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var ok = true;
            foreach (var node in _nodes)
            {
                using var info = RedisProcess.Run("redis-cli", ["-p", node.Port.ToString(CultureInfo.InvariantCulture), "cluster", "info"]);
                var text = await info.StandardOutput.ReadToEndAsync();
                await info.WaitForExitAsync();
                ok &= text.Contains("cluster_state:ok", StringComparison.Ordinal);
            }

            if (ok)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The Redis Cluster did not reach cluster_state:ok within 30 seconds.");
    }
}

[CollectionDefinition(Name)]
public sealed class RedisClusterGroup : ICollectionFixture<RedisClusterFixture>
{
    public const string Name = "redis-cluster";
}
