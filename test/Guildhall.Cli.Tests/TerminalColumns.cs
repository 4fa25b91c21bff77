using System.Globalization;
using System.Text;

namespace Guildhall.Cli.Tests;

/// <summary>
/// How many columns a line takes on a terminal, measured here independently of the command line's own code: combining
/// marks and format characters take none, East Asian wide characters and emoji two, everything else one.
/// </summary>
public static class TerminalColumns
{
    public static int Of(string line) => line.EnumerateRunes().Sum(Width);

    /// <summary>The lines of <paramref name="output"/> wider than <paramref name="width"/>, with their widths.</summary>
    public static IReadOnlyList<string> Over(string output, int width) =>
        [.. output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => Of(line) > width).Select(line => $"{Of(line)}: {line}")];

    private static int Width(Rune rune) => rune.Value switch
    {
        < 0x20 => 0,
        _ when Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
        >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1F64F or >= 0x1F900 and <= 0x1F9FF
            or >= 0x20000 and <= 0x3FFFD => 2,
        _ => 1,
    };
}
