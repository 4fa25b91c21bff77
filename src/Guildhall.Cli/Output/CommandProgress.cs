using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Guildhall.Cli.Output;

/// <summary>
/// What a running command is doing, on standard error and never on standard output, when standard error is a terminal
/// (or <c>GUILDHALL_PROGRESS=always</c> asks for the lines elsewhere too): a line for each wait the client announces (a
/// rate-limit slot, a retry after a failure), so a pause of many seconds always says why; and, on a terminal only, a
/// spinner with the elapsed time and a count of what a paging command has read, redrawn in place and erased when the
/// command ends. A script that reads standard error sees only the failure's line. The clients report their waits through
/// their log (<see cref="LoggerFactory"/>), which is why nothing in the libraries knows about the command line.
/// </summary>
internal sealed class CommandProgress : IDisposable
{
    /// <summary>How long a command runs before the spinner appears: quick commands never show one.</summary>
    public static readonly TimeSpan SpinnerDelay = TimeSpan.FromSeconds(1);

    /// <summary>How often the spinner is redrawn.</summary>
    public static readonly TimeSpan SpinnerInterval = TimeSpan.FromMilliseconds(250);

    private static readonly AsyncLocal<CommandProgress?> CurrentProgress = new();
    private static readonly char[] Frames = ['|', '/', '-', '\\'];

    private readonly TextWriter _error;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly ITimer? _spinner;
    private readonly bool _notices;
    private TextWriter? _restoreOutput;
    private readonly Lock _gate = new();
    private string _status = "working";
    private int _frame;
    private int _drawnLength;
    private bool _stopped;

    /// <summary>Starts reporting for one command.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="interactive">Whether standard error is a terminal, where a line can be redrawn in place.</param>
    /// <param name="time">The clock of the spinner.</param>
    /// <param name="notices">Whether to print the wait lines; <see langword="null"/> for <paramref name="interactive"/>.</param>
    public CommandProgress(TextWriter error, bool interactive, TimeProvider time, bool? notices = null)
    {
        _error = error;
        _notices = notices ?? interactive;
        _time = time;
        _started = time.GetTimestamp();
        LoggerFactory = new ProgressLoggerFactory(this);
        if (interactive)
        {
            _spinner = time.CreateTimer(_ => Draw(), null, SpinnerDelay, SpinnerInterval);
        }
    }

    /// <summary>The progress of the command running on this flow of execution, if any.</summary>
    public static CommandProgress? Current => CurrentProgress.Value;

    /// <summary>The log to give the clients a command builds: it turns their wait and retry events into lines here.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The environment variable that, set to <c>always</c>, prints the wait lines even when standard error is not a terminal.</summary>
    public const string ProgressVariable = "GUILDHALL_PROGRESS";

    /// <summary>Whether standard error is a terminal (not redirected to a file or a pipe, and not a dumb terminal).</summary>
    public static bool ErrorIsTerminal =>
        !Console.IsErrorRedirected && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Starts reporting for the command about to run on this flow of execution.</summary>
    public static CommandProgress Begin()
    {
        var interactive = ErrorIsTerminal;
        var always = string.Equals(Environment.GetEnvironmentVariable(ProgressVariable), "always", StringComparison.OrdinalIgnoreCase);
        var progress = new CommandProgress(Console.Error, interactive, TimeProvider.System, interactive || always);
        if (interactive)
        {
            progress._restoreOutput = Console.Out;
            Console.SetOut(new OutputAfterSpinner(Console.Out, progress.StopSpinner));
        }

        CurrentProgress.Value = progress;
        return progress;
    }

    /// <summary>
    /// Counts what a paging command has read so far: shown beside the spinner on a terminal; elsewhere, when the wait
    /// lines are asked for, told as a line of its own, since there is no spinner to show it.
    /// </summary>
    /// <param name="count">How many items so far.</param>
    /// <param name="what">What they are, plural, for example <c>votes</c>.</param>
    public void Count(int count, string what)
    {
        var status = $"{count.ToString(CultureInfo.InvariantCulture)} {what} so far";
        SetStatus(status);
        if (_spinner is null)
        {
            Notice(status);
        }
    }

    /// <summary>Sets what the spinner says the command is doing.</summary>
    public void SetStatus(string status)
    {
        lock (_gate)
        {
            _status = status;
        }
    }

    /// <summary>Prints a line that stays (a wait and its reason), erasing the spinner first so the two never mix.</summary>
    public void Notice(string line)
    {
        if (!_notices)
        {
            return;
        }

        lock (_gate)
        {
            Erase();
            _error.WriteLine(line);
            _error.Flush();
        }
    }

    /// <summary>Stops the spinner for good and erases it: the command's result is being written.</summary>
    public void StopSpinner()
    {
        _spinner?.Dispose();
        lock (_gate)
        {
            _stopped = true;
            Erase();
        }
    }

    /// <summary>Stops the spinner, erases it and gives standard output back.</summary>
    public void Dispose()
    {
        StopSpinner();
        if (Interlocked.Exchange(ref _restoreOutput, null) is { } output)
        {
            Console.SetOut(output);
        }

        if (ReferenceEquals(CurrentProgress.Value, this))
        {
            CurrentProgress.Value = null;
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var seconds = _time.GetElapsedTime(_started).TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            var text = $"{Frames[_frame++ % Frames.Length]} {_status} ({seconds} s)";
            _error.Write("\r" + text.PadRight(_drawnLength));
            _error.Flush();
            _drawnLength = text.Length;
        }
    }

    private void Erase()
    {
        if (_drawnLength > 0)
        {
            _error.Write("\r" + new string(' ', _drawnLength) + "\r");
            _drawnLength = 0;
        }
    }
}
