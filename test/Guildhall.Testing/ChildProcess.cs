using System.Diagnostics;
using System.Text;
using Guildhall.Testing.SecretAudit;

namespace Guildhall.Testing;

/// <summary>
/// A .NET program from the test's output folder (a referenced executable project: the CLI, the load driver) run as a
/// separate OS process, with its output captured. Every wait is bounded: a process still running when its time is up is
/// killed and the test fails saying so. Disposing kills a process that is still running.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Queue<string> _lines = new();
    private readonly SemaphoreSlim _lineArrived = new(0);

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            SecretAuditChannels.Observe($"a line printed by {Path.GetFileName(_process.StartInfo.ArgumentList[0])}", line.Data);
            lock (_output)
            {
                _output.AppendLine(line.Data);
                _lines.Enqueue(line.Data);
            }

            _lineArrived.Release();
        };
        _process.ErrorDataReceived += (_, line) =>
        {
            SecretAuditChannels.Observe($"an error line printed by {Path.GetFileName(_process.StartInfo.ArgumentList[0])}", line.Data);
            lock (_error)
            {
                _error.AppendLine(line.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Starts <c>dotnet &lt;assembly&gt; &lt;arguments&gt;</c>, where the assembly lies in the test's output folder.</summary>
    /// <param name="assemblyName">The program's assembly file name, for example <c>guildhall.dll</c>.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="environment">Variables to set (or, with a null value, remove) in its environment.</param>
    public static ChildProcess Start(string assemblyName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, assemblyName);
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"{assemblyName} is not in the test's output folder; reference its project from the test project.", assembly);
        }

        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"dotnet {assemblyName} did not start."));
    }

    /// <summary>Runs a program to its end (at most <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static async Task<ChildRun> RunAsync(string assemblyName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        await using var child = Start(assemblyName, arguments, environment);
        return await child.WaitForExitAsync(timeout);
    }

    /// <summary>Waits for the process to end, at most <paramref name="timeout"/>; kills it and fails otherwise.</summary>
    public async Task<ChildRun> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"The process {Id} did not end within {timeout}. Output so far: {Snapshot(_output)} {Snapshot(_error)}");
        }

        // The asynchronous readers may still be delivering the last lines.
        await _process.WaitForExitAsync();
        return new ChildRun(_process.ExitCode, Snapshot(_output), Snapshot(_error));
    }

    /// <summary>The next line the process writes, waiting at most <paramref name="timeout"/>.</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout)
    {
        if (!await _lineArrived.WaitAsync(timeout))
        {
            throw new TimeoutException($"The process {Id} wrote no line within {timeout}. Errors: {Snapshot(_error)}");
        }

        lock (_output)
        {
            return _lines.Dequeue();
        }
    }

    /// <summary>Ends the process at once, as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _lineArrived.Dispose();
    }

    /// <summary>The dotnet host running the tests (set by the SDK for child processes), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Snapshot(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
