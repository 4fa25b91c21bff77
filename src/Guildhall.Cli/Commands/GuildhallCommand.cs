using System.CommandLine;

namespace Guildhall.Cli.Commands;

/// <summary>The root <c>guildhall</c> command and its groups.</summary>
internal static class GuildhallCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("guildhall: clients, an offline sandbox and a tour for Top.gg, osu! API v2, Tatsu and Polympics.");
        root.Subcommands.Add(TourCommand.Create());
        root.Subcommands.Add(SandboxCommand.Create());
        root.Subcommands.Add(TatsuCommands.Create());
        root.Subcommands.Add(PolympicsCommands.Create());
        root.Subcommands.Add(TopGgCommands.Create());
        root.Subcommands.Add(OsuCommands.Create());
        return root;
    }
}
