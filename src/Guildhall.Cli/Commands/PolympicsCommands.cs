using System.CommandLine;
using Guildhall.Cli.Commands.Polympics;
using Guildhall.Polympics;

namespace Guildhall.Cli.Commands;

/// <summary><c>guildhall polympics ...</c>: reads and common writes against the Polympics API or the sandbox.</summary>
internal static class PolympicsCommands
{
    public static Command Create()
    {
        var options = new ApiCommandOptions(
            CliApi.Polympics,
            "Basic credentials as USERNAME:TOKEN: A<id> for an app, S<id> for a user session.");
        var command = new Command("polympics", "Call the Polympics API (the sandbox serves it at http://127.0.0.1:5080/polympics).");
        options.AddTo(command);
        var context = new PolympicsCommandContext(options);
        foreach (var subcommand in PolympicsReadCommands.Create(context).Concat(PolympicsWriteCommands.Create(context)).Concat(PolympicsAdminCommands.Create(context)))
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }
}
