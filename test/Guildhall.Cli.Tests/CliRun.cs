using Guildhall.Cli.Commands;
using Guildhall.Cli.Output;
using Guildhall.Testing;
using Guildhall.Testing.SecretAudit;

namespace Guildhall.Cli.Tests;

/// <summary>
/// Runs the guildhall command in-process with standard output and error captured. The rate-limit budget of these runs
/// is kept in a temporary file (<see cref="RateLimitStoreOptions.FileVariable"/>), never in the user's configuration folder.
/// </summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    static CliRun()
    {
        Environment.SetEnvironmentVariable(RateLimitStoreOptions.FileVariable, TemporaryRateLimitStore.Path);
        // Tables are laid out for an 80-column terminal whatever terminal runs the tests.
        Environment.SetEnvironmentVariable(TerminalWidth.Variable, TerminalWidth.Default.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Starts guildhall as an OS process of its own, with the budget file and terminal width of the in-process runs.</summary>
    public static DotnetProcess Start(params string[] args) => DotnetProcess.Start("guildhall.dll", args);

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = await GuildhallCommand.InvokeAsync(args, new System.CommandLine.InvocationConfiguration());
            if (!PrintsSandboxCredentialsByDesign(args))
            {
                SecretAuditChannels.Observe($"the output of guildhall {args.FirstOrDefault()}", output.ToString());
            }

            SecretAuditChannels.Observe($"the error output of guildhall {args.FirstOrDefault()}", error.ToString());
            return new CliRun(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    // 'guildhall sandbox env' exists to print the sandbox's published credentials as exports: that output is the
    // command's purpose, not a leak. What it writes to standard error is still audited.
    private static bool PrintsSandboxCredentialsByDesign(string[] args) => args is ["sandbox", "env", ..];
}
