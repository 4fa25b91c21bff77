using System.Diagnostics;
using Guildhall.Testing;

namespace Guildhall.Cli.Tests;

/// <summary>
/// <c>guildhall completion bash</c>: the script, sourced by a real bash, completes commands and options by asking the
/// real <c>guildhall</c> program (through a <c>guildhall</c> on the PATH, as an installed tool is).
/// </summary>
public sealed class CompletionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [UnixOnlyFact]
    public async Task The_bash_script_completes_subcommands_and_options_from_the_program_itself()
    {
        var script = await CliRun.RunAsync("completion", "bash");
        Assert.Equal(0, script.ExitCode);
        var bin = Path.Combine(_folder.Path, "bin");
        Directory.CreateDirectory(bin);
        var shim = Path.Combine(bin, "guildhall");
        await File.WriteAllTextAsync(shim, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "guildhall.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var scriptFile = Path.Combine(_folder.Path, "guildhall.bash");
        await File.WriteAllTextAsync(scriptFile, script.Output);

        var topgg = await CompleteAsync(bin, scriptFile, "guildhall topgg we");
        var option = await CompleteAsync(bin, scriptFile, "guildhall tatsu profile --ti");
        var group = await CompleteAsync(bin, scriptFile, "guildhall sa");

        Assert.Equal(["weekend"], topgg);
        Assert.Equal(["--timeout"], option);
        Assert.Equal(["sandbox"], group);
    }

    [Fact]
    public async Task Every_shell_has_a_script_and_an_unknown_one_is_refused()
    {
        foreach (var shell in new[] { "bash", "zsh", "pwsh" })
        {
            var run = await CliRun.RunAsync("completion", shell);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("[suggest:", run.Output, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await CliRun.RunAsync("completion", "fish")).ExitCode);
    }

    private static async Task<List<string>> CompleteAsync(string bin, string scriptFile, string line)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(
            $"source '{scriptFile}'; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; read -ra COMP_WORDS <<< \"$COMP_LINE\"; COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _guildhall_complete; printf '%s\\n' \"${{COMPREPLY[@]}}\"");
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        using var within = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await bash.WaitForExitAsync(within.Token);
        Assert.True(bash.ExitCode == 0, await error);
        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
