using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Guildhall.Testing.Redis;

/// <summary>
/// A throwaway redis-server on a loopback port (no persistence), started by a test fixture and killed afterwards. The
/// binary must be on the PATH: CI installs it (.ci/run); a missing binary fails the tests with a clear message.
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly Process _process;

    private RedisProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Endpoint => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts redis-server on <paramref name="port"/> with <paramref name="extraArguments"/> after the common ones.</summary>
    public static RedisProcess Start(int port, string directory, params string[] extraArguments)
    {
        string[] arguments =
        [
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory,
            .. extraArguments,
        ];
        return new RedisProcess(Run("redis-server", arguments), port);
    }

    /// <summary>Runs a Redis tool (redis-server, redis-cli) with its output captured, or fails saying how to install it.</summary>
    public static Process Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{tool} is not installed; run .ci/run or `apt-get install redis-server`.", exception);
        }
    }

    /// <summary>A free loopback port whose cluster bus port (the port plus 10000) is free as well.</summary>
    public static int FreePort()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (port + 10000 <= IPEndPoint.MaxPort && IsFree(port + 10000))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No free loopback port with a free cluster bus port was found in 100 attempts.");
    }

    /// <summary>Connects to <paramref name="endpoints"/>, retrying while the servers are still starting (at most about five seconds).</summary>
    public static async Task<ConnectionMultiplexer> ConnectAsync(params string[] endpoints)
    {
        var options = new ConfigurationOptions { ConnectTimeout = 2000, AbortOnConnectFail = true };
        foreach (var endpoint in endpoints)
        {
            options.EndPoints.Add(endpoint);
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await ConnectionMultiplexer.ConnectAsync(options);
            }
            catch (RedisConnectionException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Sends a signal with the system's <c>kill</c> command: <c>STOP</c> pauses the server (connections stay open, nothing is answered), <c>CONT</c> resumes it.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await kill.WaitForExitAsync(deadline.Token);
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} exited with {kill.ExitCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
