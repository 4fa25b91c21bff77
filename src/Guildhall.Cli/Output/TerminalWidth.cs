using System.Globalization;

namespace Guildhall.Cli.Output;

/// <summary>
/// How many columns the human-readable output may use: <c>COLUMNS</c> when set to a number, else the terminal's width
/// when standard output is a terminal, else 80 (a file, a pipe, a CI log). JSON output never depends on it.
/// </summary>
internal static class TerminalWidth
{
    /// <summary>The width when nothing says otherwise: the classic terminal, and what a file or a pipe gets.</summary>
    public const int Default = 80;

    /// <summary>The narrowest width honoured: below it a table of ids and dates cannot fit at all.</summary>
    public const int Minimum = 20;

    /// <summary>The environment variable that sets the width, as for other command-line tools.</summary>
    public const string Variable = "COLUMNS";

    /// <summary>The width for this process's standard output, looked up at each call (a terminal can be resized).</summary>
    public static int Current => Resolve(Environment.GetEnvironmentVariable(Variable), Console.IsOutputRedirected, ReadWindowWidth);

    /// <summary>Picks the width from the <c>COLUMNS</c> value, whether standard output is redirected, and the window width.</summary>
    public static int Resolve(string? columns, bool outputRedirected, Func<int> windowWidth)
    {
        ArgumentNullException.ThrowIfNull(windowWidth);
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var fromVariable) && fromVariable > 0)
        {
            return Math.Max(fromVariable, Minimum);
        }

        if (outputRedirected)
        {
            return Default;
        }

        var window = windowWidth();
        return window > 0 ? Math.Max(window, Minimum) : Default;
    }

    // A terminal that cannot say its size (no controlling terminal, a serial console) answers with an exception or 0.
    private static int ReadWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (PlatformNotSupportedException)
        {
            return 0;
        }
    }
}
