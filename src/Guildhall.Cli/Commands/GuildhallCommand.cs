using System.CommandLine;

namespace Guildhall.Cli.Commands;

/// <summary>The root <c>guildhall</c> command and its groups.</summary>
internal static class GuildhallCommand
{
    /// <summary>How long a server the command line runs (a vote listener) may take to finish deliveries in flight once asked to stop.</summary>
    public static readonly TimeSpan ServerShutdownTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long a command asked to stop by Ctrl+C or SIGTERM may take before the process ends anyway: longer than <see cref="ServerShutdownTimeout"/>.</summary>
    public static readonly TimeSpan StopTimeout = ServerShutdownTimeout + TimeSpan.FromSeconds(5);

    public static RootCommand Create()
    {
        var root = new RootCommand("guildhall: clients, an offline sandbox and a tour for Top.gg, osu! API v2, Tatsu and Polympics.");
        root.Options.Add(CommandRunner.CreateVerboseOption());
        root.Subcommands.Add(TourCommand.Create());
        root.Subcommands.Add(SandboxCommand.Create());
        root.Subcommands.Add(TatsuCommands.Create());
        root.Subcommands.Add(PolympicsCommands.Create());
        root.Subcommands.Add(TopGgCommands.Create());
        root.Subcommands.Add(OsuCommands.Create());
        root.Subcommands.Add(Limits.LimitsCommand.Create());
        root.Subcommands.Add(CompletionCommand.Create());
        return root;
    }

    /// <summary>
    /// Runs the command line <paramref name="args"/> and returns the process exit code. A command line the parser refuses
    /// is reported by <see cref="UsageError"/> (one line on standard error, exit code 2), not with the whole help.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="configuration">How to run; <see langword="null"/> for the process's (Ctrl+C and SIGTERM stop the command).</param>
    public static Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        var parse = Create().Parse(args);
        return parse.Action is System.CommandLine.Invocation.ParseErrorAction
            ? Task.FromResult(UsageError.Report(parse, Console.Error))
            : parse.InvokeAsync(configuration ?? new InvocationConfiguration { ProcessTerminationTimeout = StopTimeout });
    }
}
