using System.CommandLine;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Commands;

/// <summary>The <c>--faults</c> and <c>--faults-seed</c> options of the commands that start a sandbox.</summary>
internal static class FaultProfileOptions
{
    /// <summary><c>--faults &lt;profile&gt;</c>: one of the sandbox's fault profiles.</summary>
    public static Option<string?> CreateProfile()
    {
        var option = new Option<string?>("--faults")
        {
            Description = $"Run a fault profile on every emulated API: {string.Join(", ", SandboxHost.FaultProfileNames)}.",
        };
        option.AcceptOnlyFromAmong([.. SandboxHost.FaultProfileNames]);
        return option;
    }

    /// <summary><c>--faults-seed N</c>: the same seed replays the same faults for the same requests.</summary>
    public static Option<int> CreateSeed() => new("--faults-seed")
    {
        Description = "The fault profile's seed: the same seed replays the same faults for the same requests.",
        DefaultValueFactory = _ => 0,
    };
}
