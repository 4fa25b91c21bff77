using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guildhall.Cli.Output;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Tour;

/// <summary>
/// What a tour section works with: the running sandbox and the report its steps write to. Each step ends in one of
/// four outcomes (<see cref="TourTally"/>): it worked; it worked although the sandbox's fault profile spoiled some of its
/// requests (recovered); it failed with a typed error that the fault profile explains; or it failed otherwise.
/// </summary>
internal sealed class TourContext : IDisposable
{
    // A wrapped line continues under the text of the step, past the "ok"/"FAIL" column.
    private const int ContinuationIndent = 9;

    private readonly TextWriter _output;
    private readonly int _width;
    private readonly string? _faultProfile;
    private readonly HttpClient _admin;
    private long _injectedBeforeSection;

    public TourContext(SandboxHost sandbox, TextWriter output, string? faultProfile = null, int width = TerminalWidth.Default)
    {
        Sandbox = sandbox;
        _output = output;
        _width = width;
        _faultProfile = faultProfile;
        _admin = sandbox.CreateClient();
    }

    /// <summary>The sandbox, on a loopback port, so the clients use real HTTP.</summary>
    public SandboxHost Sandbox { get; }

    /// <summary>The outcomes of every step so far.</summary>
    public TourTally Total { get; } = new();

    /// <summary>The outcomes of the current section's steps.</summary>
    public TourTally Section { get; private set; } = new();

    /// <summary>How many steps failed so far, explained or not.</summary>
    public int Failures => Total.FailedTyped + Total.Failed;

    /// <summary>How many steps ran so far.</summary>
    public int Steps => Total.Steps;

    /// <summary>
    /// Runs one step and prints one line: <c>ok</c> and the step's own summary (with the faults it recovered from), or
    /// <c>FAIL</c> and the error, saying when the fault profile explains it. A failed step does not stop the tour.
    /// </summary>
    /// <param name="description">What the step shows, for example <c>GET /bots/{id}</c>.</param>
    /// <param name="action">The step; returns a short human summary of what came back.</param>
    public async Task StepAsync(string description, Func<Task<string>> action)
    {
        var injectedBefore = await InjectedAsync().ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        try
        {
            var summary = await action().ConfigureAwait(false);
            var injected = await InjectedAsync().ConfigureAwait(false) - injectedBefore;
            var recovered = injected > 0 ? $"; recovered from {injected} injected fault(s)" : "";
            Count(injected > 0 ? TourOutcome.Recovered : TourOutcome.Ok);
            await WriteWrappedAsync("  ok   ", $"{description} ({watch.ElapsedMilliseconds} ms{recovered})").ConfigureAwait(false);
            if (!string.IsNullOrWhiteSpace(summary))
            {
                await WriteWrappedAsync("       ", summary).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The tour reports every failure and carries on; the exit code says whether it failed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var explained = IsTyped(exception) && await InjectedAsync().ConfigureAwait(false) > _injectedBeforeSection;
            Count(explained ? TourOutcome.FailedTyped : TourOutcome.Failed);
            var because = explained ? $" (a fault of the '{_faultProfile}' profile)" : "";
            await WriteWrappedAsync("  FAIL ", $"{description}: {exception.GetType().Name}: {exception.Message}{because}").ConfigureAwait(false);
        }
    }

    /// <summary>Prints a heading and starts counting a new section.</summary>
    public async Task HeadingAsync(string title)
    {
        Section = new TourTally();
        _injectedBeforeSection = await InjectedAsync().ConfigureAwait(false);
        await _output.WriteLineAsync($"{Environment.NewLine}== {title} ==").ConfigureAwait(false);
    }

    public void Dispose() => _admin.Dispose();

    /// <summary>Writes a line of the report, wrapped to the width the tour was given.</summary>
    public async Task WriteWrappedAsync(string prefix, string text)
    {
        foreach (var line in DisplayText.Wrap(text, _width, prefix, ContinuationIndent))
        {
            await _output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The failures a fault profile explains: the typed errors a client raises for what the profile injects (an API
    /// exception for a 5xx, a 429 or an unusable body, a network error for a dropped connection, a timeout), and a step
    /// that could not run because such a failure came before it.
    /// </summary>
    private static bool IsTyped(Exception exception) =>
        exception is GuildhallApiException or HttpRequestException or TimeoutException or IOException or TourPrerequisiteException;

    private void Count(TourOutcome outcome)
    {
        Total.Add(outcome);
        Section.Add(outcome);
    }

    /// <summary>How many faults the running profile injected so far; 0 when none runs.</summary>
    private async Task<long> InjectedAsync()
    {
        if (_faultProfile is null)
        {
            return 0;
        }

        var state = await _admin.GetFromJsonAsync("_sandbox/faults/profile", CliJsonContext.Default.JsonObject).ConfigureAwait(false);
        return (long?)state?["injected"]?["total"] ?? 0;
    }
}
