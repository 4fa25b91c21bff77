using System.Globalization;
using System.Text;

namespace Guildhall.Cli.Output;

/// <summary>
/// Text measured as a terminal shows it: in columns, not bytes or UTF-16 units. A wide East Asian character or an emoji
/// takes two columns, a combining mark or a format character none.
/// </summary>
internal static class DisplayText
{
    /// <summary>What replaces the end of a cut cell.</summary>
    public const string Ellipsis = "…";

    // The East Asian Wide and Fullwidth blocks (Unicode Standard Annex #11) and the emoji blocks terminals draw two wide.
    private static readonly (int First, int Last)[] WideRanges =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x303E),
        (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x18CFF),
        (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
        (0x1F200, 0x1F2FF), (0x1F300, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F7E0, 0x1F7EB), (0x1F90C, 0x1F9FF),
        (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    /// <summary>How many terminal columns <paramref name="text"/> takes.</summary>
    public static int Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }

        return width;
    }

    /// <summary>How many terminal columns one character takes: 0, 1 or 2.</summary>
    public static int Width(Rune rune)
    {
        if (rune.Value < 0x7F)
        {
            return rune.Value < 0x20 ? 0 : 1;
        }

        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }

        return IsWide(rune.Value) ? 2 : 1;
    }

    /// <summary>The text on one line: line breaks and tabs become spaces, other control characters go.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var line = new StringBuilder(text.Length);
        foreach (var character in text.ReplaceLineEndings(" "))
        {
            if (character == '\t')
            {
                line.Append(' ');
            }
            else if (!char.IsControl(character))
            {
                line.Append(character);
            }
        }

        return line.ToString();
    }

    /// <summary>The text cut to at most <paramref name="width"/> columns, ending in <see cref="Ellipsis"/> when cut.</summary>
    public static string Elide(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Width(text) <= width)
        {
            return text;
        }

        var kept = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var runeWidth = Width(rune);
            if (used + runeWidth > width - 1)
            {
                break;
            }

            kept.Append(rune.ToString());
            used += runeWidth;
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>The text followed by spaces up to <paramref name="width"/> columns.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));

    /// <summary>
    /// Breaks <paramref name="text"/> into lines of at most <paramref name="width"/> columns at spaces: the first line
    /// starts with <paramref name="firstPrefix"/>, the others with <paramref name="nextIndent"/> spaces, and each line
    /// break in the text starts a new line. Words are never broken: one too long for its line (an address) gets a line
    /// of its own, with less indent if that makes it fit, so it can be copied; one longer than any line is cut with an
    /// ellipsis, as a table cell is (the command's <c>--json</c> output has it whole).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, string firstPrefix, int nextIndent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(firstPrefix);
        var lines = new List<string>();
        var indent = new string(' ', nextIndent);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(OneLine(paragraph), width, lines.Count == 0 ? firstPrefix : indent, indent, lines);
        }

        return lines;
    }

    /// <summary>Writes <paramref name="text"/> wrapped as <see cref="Wrap"/> does, one line at a time.</summary>
    public static void WriteWrapped(TextWriter output, string text, int width, string firstPrefix = "", int nextIndent = 2)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in Wrap(text, width, firstPrefix, nextIndent))
        {
            output.WriteLine(line);
        }
    }

    private static void WrapParagraph(string paragraph, int width, string prefix, string indent, List<string> lines)
    {
        if (Width(prefix + paragraph) <= width)
        {
            lines.Add((prefix + paragraph).TrimEnd());
            return;
        }

        var line = new StringBuilder(prefix);
        var lineWidth = Width(prefix);
        var hasWords = false;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Width(word);
            if (lineWidth + (hasWords ? 1 : 0) + wordWidth <= width)
            {
                line.Append(hasWords ? " " : "").Append(word);
                lineWidth += (hasWords ? 1 : 0) + wordWidth;
                hasWords = true;
                continue;
            }

            if (hasWords || (wordWidth + Math.Min(indent.Length, 2) <= width && line.ToString().Trim().Length > 0))
            {
                lines.Add(line.ToString().TrimEnd());
                (line, lineWidth, hasWords) = (new StringBuilder(indent), indent.Length, false);
            }

            if (lineWidth + wordWidth <= width)
            {
                (line, lineWidth, hasWords) = (line.Append(word), lineWidth + wordWidth, true);
            }
            else if (Math.Min(indent.Length, 2) + wordWidth <= width)
            {
                // Whole on a line of its own, with less indent, so it can be copied.
                lines.Add(new string(' ', Math.Min(indent.Length, 2)) + word);
            }
            else
            {
                // Longer than any line: cut where it stands, as a table cuts a cell.
                lines.Add((line + Elide(word, Math.Max(1, width - lineWidth))).TrimEnd());
                (line, lineWidth, hasWords) = (new StringBuilder(indent), indent.Length, false);
            }
        }

        if (line.ToString().Trim().Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }
    }

    private static bool IsWide(int value)
    {
        var (low, high) = (0, WideRanges.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (first, last) = WideRanges[middle];
            if (value < first)
            {
                high = middle - 1;
            }
            else if (value > last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
