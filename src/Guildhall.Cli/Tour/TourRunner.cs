using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Tour;

/// <summary>Starts a sandbox on a free loopback port, runs every section, and turns the outcome into an exit code.</summary>
internal sealed class TourRunner(TextWriter output)
{
    /// <summary>Runs the tour; returns 0 only if every step worked.</summary>
    public async Task<int> RunAsync(IReadOnlyList<ITourSection> sections, CancellationToken cancellationToken)
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions(), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Guildhall tour: sandbox on {sandbox.BaseAddress}").ConfigureAwait(false);
        var context = new TourContext(sandbox, output);
        foreach (var section in sections)
        {
            await context.HeadingAsync(section.Title).ConfigureAwait(false);
            await section.RunAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{context.Steps - context.Failures} of {context.Steps} steps worked.").ConfigureAwait(false);
        return context.Failures == 0 && context.Steps > 0 ? 0 : 1;
    }
}
