using Guildhall.Cli.Output;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Tour;

/// <summary>
/// Starts a sandbox on a free loopback port (with a fault profile, if asked), runs every section, prints each section's
/// tally and turns the outcome into an exit code: 0 when at least one step ran and every step worked, recovered, or
/// failed with a typed error the fault profile explains; 1 otherwise. Without a profile nothing explains a failure.
/// </summary>
/// <param name="output">Where the report goes.</param>
/// <param name="faultProfile">The fault profile the sandbox runs (<c>flaky</c>, <c>slow</c>, <c>throttled</c>), or none.</param>
/// <param name="faultSeed">The profile's seed.</param>
/// <param name="width">The columns a line of the report may take; longer lines wrap.</param>
internal sealed class TourRunner(TextWriter output, string? faultProfile = null, int faultSeed = 0, int width = TerminalWidth.Default)
{
    /// <summary>Runs the tour and returns its exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<ITourSection> sections, CancellationToken cancellationToken)
    {
        var options = new SandboxOptions { FaultProfile = faultProfile, FaultSeed = faultSeed };
        await using var sandbox = await SandboxHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        var profile = faultProfile is null ? "" : $", fault profile '{faultProfile}' (seed {faultSeed})";
        using var context = new TourContext(sandbox, output, faultProfile, width);
        await context.WriteWrappedAsync("", $"Guildhall tour: sandbox on {sandbox.BaseAddress}{profile}").ConfigureAwait(false);
        foreach (var section in sections)
        {
            await context.HeadingAsync(section.Title).ConfigureAwait(false);
            await section.RunAsync(context, cancellationToken).ConfigureAwait(false);
            await context.WriteWrappedAsync("  -- ", context.Section.ToString()).ConfigureAwait(false);
        }

        var total = context.Total;
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{total.Ok + total.Recovered} of {total.Steps} steps worked.").ConfigureAwait(false);
        if (faultProfile is not null)
        {
            await context.WriteWrappedAsync("", $"Under '{faultProfile}': {total}.").ConfigureAwait(false);
        }

        return total.Steps > 0 && total.Failed == 0 ? 0 : 1;
    }
}
