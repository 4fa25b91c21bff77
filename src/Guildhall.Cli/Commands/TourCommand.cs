using System.CommandLine;
using Guildhall.Cli.Output;
using Guildhall.Cli.Tour;

namespace Guildhall.Cli.Commands;

/// <summary><c>guildhall tour</c>: drives every implemented API against an in-process sandbox and reports each step.</summary>
internal static class TourCommand
{
    public static Command Create()
    {
        var faults = FaultProfileOptions.CreateProfile();
        var seed = FaultProfileOptions.CreateSeed();
        var command = new Command("tour", "Start the sandbox on a free loopback port and show every API working through the real clients.") { faults, seed };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var runner = new TourRunner(Console.Out, parse.GetValue(faults), parse.GetValue(seed), TerminalWidth.Current);
            return await runner.RunAsync(TourSections.CreateAll(), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
