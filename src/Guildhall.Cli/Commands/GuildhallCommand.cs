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
        return root;
    }

    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit code.</summary>
    public static Task<int> InvokeAsync(string[] args) =>
        Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = StopTimeout });
}
