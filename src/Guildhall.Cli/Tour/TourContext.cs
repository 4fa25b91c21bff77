using System.Diagnostics;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Tour;

/// <summary>What a tour section works with: the running sandbox and the report its steps write to.</summary>
internal sealed class TourContext
{
    private readonly TextWriter _output;

    public TourContext(SandboxHost sandbox, TextWriter output)
    {
        Sandbox = sandbox;
        _output = output;
    }

    /// <summary>The sandbox, on a loopback port, so the clients use real HTTP.</summary>
    public SandboxHost Sandbox { get; }

    /// <summary>How many steps failed so far.</summary>
    public int Failures { get; private set; }

    /// <summary>How many steps ran so far.</summary>
    public int Steps { get; private set; }

    /// <summary>
    /// Runs one step and prints one line: a tick and the step's own summary, or a cross and the error. A failed step
    /// does not stop the tour; it makes the exit code non-zero.
    /// </summary>
    /// <param name="description">What the step shows, for example <c>GET /bots/{id}</c>.</param>
    /// <param name="action">The step; returns a short human summary of what came back.</param>
    public async Task StepAsync(string description, Func<Task<string>> action)
    {
        Steps++;
        var watch = Stopwatch.StartNew();
        try
        {
            var summary = await action().ConfigureAwait(false);
            await _output.WriteLineAsync($"  ok   {description} ({watch.ElapsedMilliseconds} ms)").ConfigureAwait(false);
            if (!string.IsNullOrWhiteSpace(summary))
            {
                await _output.WriteLineAsync($"       {summary}").ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The tour reports every failure and carries on; the exit code says it failed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Failures++;
            await _output.WriteLineAsync($"  FAIL {description}: {exception.GetType().Name}: {exception.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>Prints a heading.</summary>
    public Task HeadingAsync(string title) => _output.WriteLineAsync($"{Environment.NewLine}== {title} ==");
}
