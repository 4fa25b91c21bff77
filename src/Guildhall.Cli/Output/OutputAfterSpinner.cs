using System.Text;

namespace Guildhall.Cli.Output;

/// <summary>
/// Standard output while a spinner may be on the terminal: the first write stops and erases the spinner, so a result
/// never lands on the spinner's line. Used only when standard error is a terminal.
/// </summary>
internal sealed class OutputAfterSpinner(TextWriter output, Action stopSpinner) : TextWriter
{
    private Action? _stopSpinner = stopSpinner;

    public override Encoding Encoding => output.Encoding;

    public override void Write(char value)
    {
        StopSpinner();
        output.Write(value);
    }

    public override void Write(string? value)
    {
        StopSpinner();
        output.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        StopSpinner();
        output.Write(buffer, index, count);
    }

    public override void WriteLine(string? value)
    {
        StopSpinner();
        output.WriteLine(value);
    }

    public override void Flush() => output.Flush();

    private void StopSpinner() => Interlocked.Exchange(ref _stopSpinner, null)?.Invoke();
}
