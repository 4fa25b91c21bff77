using System.CommandLine;
using Guildhall.Cli.Commands;

var root = new RootCommand("guildhall: clients, an offline sandbox and a tour for Top.gg, osu! API v2, Tatsu and Polympics.");
root.Subcommands.Add(TourCommand.Create());
root.Subcommands.Add(SandboxCommand.Create());
root.Subcommands.Add(TopGgCommands.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
