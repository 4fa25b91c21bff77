using System.Diagnostics;
using System.Globalization;
using Guildhall.Testing.SecretAudit;

namespace Guildhall.Testing;

/// <summary>
/// A .NET program of the test's output folder run as a real OS process (<c>dotnet program.dll args</c>), for what only a
/// process shows: exit codes, standard error, signals. Both streams are collected line by line as they arrive; every
/// wait is bounded and fails with what the process printed. Disposing kills the process if it still runs.
/// </summary>
public sealed class DotnetProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _lineArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DotnetProcess(Process process) => _process = process;

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>The lines written to standard output so far.</summary>
    public IReadOnlyList<string> OutputLines => Snapshot(_output);

    /// <summary>The lines written to standard error so far.</summary>
    public IReadOnlyList<string> ErrorLines => Snapshot(_error);

    /// <summary>The exit code, once <see cref="WaitForExitAsync"/> said the process exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <paramref name="assemblyFileName"/> (a file of the test's output folder) with <paramref name="arguments"/>.</summary>
    public static DotnetProcess Start(string assemblyFileName, params IEnumerable<string> arguments)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var restoreSigint = SigintIgnored();
        var start = new ProcessStartInfo(restoreSigint ? "env" : host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (restoreSigint)
        {
            // A test run started in the background of a shell (`dotnet test … &`, nohup, some CI runners) ignores SIGINT,
            // and an ignored signal stays ignored in every child, where the runtime then leaves it ignored: Ctrl+C could
            // not be tested. `env` restores the default before it runs the program, in the same process (same id).
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(host);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assemblyFileName));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new DotnetProcess(process);
        process.OutputDataReceived += (_, line) => child.Add(child._output, line.Data);
        process.ErrorDataReceived += (_, line) => child.Add(child._error, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Whether this process ignores SIGINT (Linux reports it in <c>/proc/self/status</c>; elsewhere assumed not).</summary>
    private static bool SigintIgnored()
    {
        const string Field = "SigIgn:";
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(Field, StringComparison.Ordinal));
        // A mask in hex, bit n - 1 for signal n: SIGINT is 2.
        return line is not null && (ulong.Parse(line[Field.Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0b10) != 0;
    }

    /// <summary>Runs the program to its end (at most <paramref name="within"/>) and returns it, exited, with everything it printed.</summary>
    public static async Task<DotnetProcess> RunAsync(string assemblyFileName, TimeSpan within, params IEnumerable<string> arguments)
    {
        var process = Start(assemblyFileName, arguments);
        if (!await process.WaitForExitAsync(within))
        {
            await process.DisposeAsync();
            Assert.Fail($"{assemblyFileName} {string.Join(' ', arguments)} did not exit within {within}.{process.Describe()}");
        }

        return process;
    }

    /// <summary>The first line of standard output matching <paramref name="match"/>, waiting for it at most <paramref name="within"/>.</summary>
    public Task<string> WaitForOutputLineAsync(Func<string, bool> match, TimeSpan within) => WaitForLineAsync(_output, match, within, "standard output");

    /// <summary>The first line of standard error matching <paramref name="match"/>, waiting for it at most <paramref name="within"/>.</summary>
    public Task<string> WaitForErrorLineAsync(Func<string, bool> match, TimeSpan within) => WaitForLineAsync(_error, match, within, "standard error");

    /// <summary>Waits until standard output has at least <paramref name="count"/> lines matching <paramref name="match"/>.</summary>
    public async Task WaitForOutputLinesAsync(Func<string, bool> match, int count, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            var arrived = NextLine;
            if (OutputLines.Count(match) >= count)
            {
                return;
            }

            await WaitAsync(arrived, $"{count} matching lines on standard output", deadline.Token);
        }
    }

    /// <summary>Sends a signal with the system's <c>kill</c> command, for example <c>TERM</c> or <c>INT</c>.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await kill.WaitForExitAsync(deadline.Token);
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Whether the process exited within <paramref name="within"/> (its output read to the end).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>What the process printed, to explain a failure.</summary>
    public string Describe() =>
        $"{Environment.NewLine}--- stdout:{Environment.NewLine}{string.Join(Environment.NewLine, OutputLines)}{Environment.NewLine}--- stderr:{Environment.NewLine}{string.Join(Environment.NewLine, ErrorLines)}";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    private async Task<string> WaitForLineAsync(List<string> lines, Func<string, bool> match, TimeSpan within, string stream)
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            var arrived = NextLine;
            if (Snapshot(lines).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await WaitAsync(arrived, "a matching line on " + stream, deadline.Token);
        }
    }

    /// <summary>Completes when the next line arrives; read it before looking at the lines, so none slips between.</summary>
    private Task NextLine
    {
        get
        {
            lock (_gate)
            {
                return _lineArrived.Task;
            }
        }
    }

    private async Task WaitAsync(Task lineArrived, string awaited, CancellationToken deadline)
    {
        var exited = _process.WaitForExitAsync(deadline);
        try
        {
            await Task.WhenAny(lineArrived, exited);
            if (!lineArrived.IsCompleted)
            {
                deadline.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The process did not print {awaited} in time.{Describe()}");
        }

        if (!lineArrived.IsCompleted && exited.IsCompletedSuccessfully)
        {
            // WaitForExitAsync returns once both streams are read to their end: nothing more will come.
            Assert.Fail($"The process exited (code {_process.ExitCode}) without printing {awaited}.{Describe()}");
        }
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        SecretAuditChannels.Observe($"a line printed by {Path.GetFileName(_process.StartInfo.ArgumentList[0])}", line);
        TaskCompletionSource arrived;
        lock (_gate)
        {
            lines.Add(line);
            arrived = _lineArrived;
            _lineArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.SetResult();
    }

    private List<string> Snapshot(List<string> lines)
    {
        lock (_gate)
        {
            return [.. lines];
        }
    }
}
